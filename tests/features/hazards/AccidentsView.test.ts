import { describe, expect, it, vi } from 'vitest';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { createPerson } from '@/db/repositories/people';
import { checkWrite, type DocLookup } from '@/domain/auth/permissions';
import type { AccidentDoc, IdentityDoc, PersonDoc } from '@/domain/schemas';
import AccidentsView from '@/features/hazards/AccidentsView.vue';
import { useOrgSelectionStore } from '@/stores/orgSelection';
import { studentInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, choose, click, mountWithApp, settle, typeInto, TEST_USER } from '../roster/support/mountWithApp';

/** 事故登记 with the names of the injured (issue 11.5): picked from the roster or typed, stored apart from the numbers. */
const { f, track } = rosterFixturePerTest();

describe('AccidentsView', () => {
  it('records an accident with a roster student and a typed name, keeps the names out of the register entry, and shows them here', async () => {
    const created = await createPerson(f().ctx, studentInput(f().class1, { name: '王小明' }));
    if (!created.ok) throw new Error('fixture student refused');
    const mounted = await mountWithApp(f().db, AccidentsView, {}, '/accidents');
    track(mounted);
    useOrgSelectionStore(mounted.pinia).select({ orgId: f().school.id, orgPath: f().school.orgPath, kind: 'school', name: f().school.name });
    await settle();

    await click('accident-new');
    await typeInto('accident-description', '课间在楼梯拥挤摔倒');
    await choose('accident-person-pick', '王小明（一班）');
    await typeInto('accident-person-typed', '外校学生张某', false);
    await click('accident-person-add');
    expect([...document.querySelectorAll('[data-testid="accident-person"]')].map((e) => e.querySelector('strong')?.textContent)).toEqual(['王小明', '外校学生张某']);

    // Two named students but no injured students counted: refused with the reason, nothing written.
    await click('accident-save');
    await vi.waitFor(() => expect(document.body.textContent).toContain('学生受伤 0 人，已填写姓名 2 人'));
    expect(await f().db.accidents.count().exec()).toBe(0);

    const injured = document.querySelector<HTMLInputElement>('.el-dialog .el-input-number input')!;
    injured.value = '2';
    injured.dispatchEvent(new Event('input', { bubbles: true }));
    injured.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await click('accident-save');
    await vi.waitFor(async () => expect(await f().db.accidents.count().exec()).toBe(1));

    const entry = (await f().db.accidents.findOne().exec())!.toJSON() as AccidentDoc;
    expect(JSON.stringify(entry)).not.toContain('王小明');
    expect(entry.casualties.studentsInjured).toBe(2);
    const names = (await f().db.identities.findOne(entry.id).exec())!.toJSON() as IdentityDoc;
    expect(names).toMatchObject({
      kind: 'accident_persons', orgPath: f().school.orgPath, idNumber: '', phone: '',
      persons: [
        { personId: created.person.id, name: '王小明', kind: 'student', outcome: 'injured', injury: '' },
        { personId: '', name: '外校学生张某', kind: 'student', outcome: 'injured', injury: '' },
      ],
    });
    // What the server would take from this user (the same rules, run here).
    const stored: Record<string, unknown> = { [`accidents:${entry.id}`]: entry, [`people:${created.person.id}`]: created.person as PersonDoc };
    const lookup: DocLookup = { get: (c, id) => (stored[`${c}:${id}`] as never) ?? undefined };
    expect(checkWrite(TEST_USER, 'identities', { ...names, _deleted: false }, undefined, lookup)).toEqual({ ok: true });

    await vi.waitFor(() => expect(byTestId('accident-names').textContent).toContain('王小明（学生，受伤）、外校学生张某（学生，受伤）'));
    expect(byTestId('accident-casualties').textContent).toContain('学生受伤 2 人');
    // Two saves and a roster pick through the dialog: 13 s alone, over 30 s on the shared machine under load.
  }, 90_000);
});
