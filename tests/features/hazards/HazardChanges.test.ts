import { describe, expect, it, vi } from 'vitest';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { asHazardState, registeredHazards } from '@/db/repositories/hazards';
import { endOfChinaDay, type HazardState } from '@/domain/hazards';
import HazardDetailView from '@/features/hazards/HazardDetailView.vue';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { createPerson } from '@/db/repositories/people';
import { checkResponsiblePerson } from '@/domain/hazards';
import { teacherInput } from '../../db/support/rosterFixture';
import { byTestId, choose, click, mountWithApp, settle, typeInto } from '../roster/support/mountWithApp';

/** 延期 and 变更责任人 from the hazard's page (issue 11): the lifecycle's actions, with their timeline entries. */
const { f, track } = rosterFixturePerTest();

const FOUND = Date.parse('2026-11-20T09:00:00+08:00');

async function openHazard(): Promise<string> {
  const [doc] = registeredHazards(f().ctx, f().school.orgPath, [{
    schoolId: f().school.id, inspectionId: '', itemId: '', category: 'fire', level: 'general', place: '教学楼',
    description: '安全出口上锁', photos: [], foundAt: FOUND, responsibleId: '', responsibleName: '王强',
    deadline: endOfChinaDay(FOUND + 7 * 86_400_000),
  }], { id: 'acc-safety', role: 'safety_leader', personId: '' });
  await f().db.hazards.insert(doc!);
  const mounted = await mountWithApp(f().db, HazardDetailView, {}, `/hazards/${doc!.id}`);
  track(mounted);
  await vi.waitFor(() => expect(byTestId('hazard-status').textContent).toBe('已登记'));
  return doc!.id;
}

const stored = async (id: string): Promise<HazardState> => asHazardState((await f().db.hazards.findOne(id).exec())!.toMutableJSON());

describe('HazardDetailView: deadline and responsible person', () => {
  it('extends the deadline with a reason, recorded on the timeline; without a reason nothing changes', async () => {
    const id = await openHazard();
    await click('act-extend');
    await typeInto('change-deadline', '2026-12-15');
    await click('change-confirm');
    // The lifecycle refuses an extension without its reason: the dialog stays, the hazard is unchanged.
    await settle();
    expect((await stored(id)).steps).toHaveLength(1);
    await typeInto('change-note', '需要等待消防部门验收');
    await click('change-confirm');
    await vi.waitFor(async () => expect((await stored(id)).deadline).toBe(Date.parse('2026-12-15T23:59:59.999+08:00')));
    const last = (await stored(id)).steps.at(-1)!;
    expect(last).toMatchObject({ action: 'extend', note: '需要等待消防部门验收', status: 'registered' });
    await vi.waitFor(() => expect(byTestId('hazard-timeline').textContent).toContain('调整整改期限'));
  });

  it('changes the responsible person', async () => {
    const id = await openHazard();
    await click('act-reassign');
    await typeInto('change-responsible', '李明');
    await click('change-confirm');
    await vi.waitFor(async () => expect((await stored(id)).responsibleName).toBe('李明'));
    expect((await stored(id)).steps.at(-1)).toMatchObject({ action: 'reassign', responsibleName: '李明' });
  });

  it('picks the new responsible person from the school’s teachers (id and name), and a typed name clears the id', async () => {
    const teacher = await createPerson(f().ctx, teacherInput(f().school, { name: '陈红' }));
    if (!teacher.ok) throw new Error('fixture teacher refused');
    const id = await openHazard();
    await click('act-reassign');
    await choose('responsible-pick', '陈红');
    await click('change-confirm');
    await vi.waitFor(async () => expect((await stored(id)).responsibleId).toBe(teacher.person.id));
    const hazard = await stored(id);
    expect(hazard).toMatchObject({ responsibleName: '陈红' });
    // What the server checks of it (the same rule): a teacher of this school, named as on the roster.
    expect(checkResponsiblePerson({ ...hazard, schoolId: f().school.id }, '', (pid) => (pid === teacher.person.id ? teacher.person : undefined))).toBeNull();

    await click('act-reassign');
    await typeInto('change-responsible', '施工单位 李工');
    await click('change-confirm');
    await vi.waitFor(async () => expect((await stored(id)).responsibleName).toBe('施工单位 李工'));
    expect((await stored(id)).responsibleId).toBe('');
  });

  it('offers neither once the hazard is closed', async () => {
    const id = await openHazard();
    const doc = await f().db.hazards.findOne(id).exec();
    await doc!.incrementalPatch({ status: 'closed' });
    await vi.waitFor(() => expect(byTestId('hazard-status').textContent).toBe('已销号'));
    expect(document.querySelector('[data-testid="act-extend"]')).toBeNull();
    expect(document.querySelector('[data-testid="act-reassign"]')).toBeNull();
  });
});
