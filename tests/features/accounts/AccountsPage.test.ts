import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { SessionUser } from '@/auth/sessionUser';
import { createPerson } from '@/db/repositories/people';
import type { AccountDoc } from '@/domain/schemas';
import CreateAccountDialog from '@/features/accounts/CreateAccountDialog.vue';
import { useSessionStore } from '@/stores/session';
import { idNumberOf, teacherInput } from '../../db/support/rosterFixture';
import { byTestId, choose, click, mountWithApp, settle, typeInto } from '../roster/support/mountWithApp';
import { rosterFixturePerTest } from '../roster/support/perTest';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, open: openAt, track } = rosterFixturePerTest();

function accountDoc(id: string, displayName: string, role: AccountDoc['role'], unit: { id: string; orgPath: string }, patch: Partial<AccountDoc> = {}): AccountDoc {
  return {
    id,
    orgPath: unit.orgPath,
    createdAt: 1,
    createdBy: 'tester',
    modifiedAt: 1,
    modifiedBy: 'tester',
    role,
    orgId: unit.id,
    personId: '',
    displayName,
    requestedUsername: '',
    username: id,
    status: 'active',
    mustChangePassword: false,
    initialPassword: '',
    disabledAt: 0,
    ...patch,
  };
}

const names = () => [...document.querySelectorAll('[data-testid="accounts-table"] .el-table__body-wrapper tr')].map((tr) => tr.querySelectorAll('td')[1]?.textContent?.trim());

describe('accounts page', () => {
  it('searches by name or username and filters by role, unit and password state', async () => {
    await f().db.accounts.bulkInsert([
      accountDoc('wanglaoshi', '王老师', 'teacher', f().school),
      accountDoc('lixiaozhang', '李校长', 'safety_leader', f().school, { mustChangePassword: true }),
      accountDoc('erxiao', '二小管理员', 'school_admin', f().otherSchool),
      accountDoc('jiaoshi', '一班教室', 'classroom', f().otherSchool, { status: 'disabled', disabledAt: 5 }),
    ]);
    await openAt('/accounts');
    await vi.waitFor(() => expect(names()).toHaveLength(4));

    await typeInto('account-search-keyword', 'wang', false);
    await vi.waitFor(() => expect(names()).toEqual(['王老师']));
    await typeInto('account-search-keyword', '', false);
    await choose('account-search-state', '未修改密码');
    await vi.waitFor(() => expect(names()).toEqual(['李校长']));
    await click('account-search-reset');
    await choose('account-search-unit', f().otherSchool.name);
    await vi.waitFor(() => expect(names().sort()).toEqual(['一班教室', '二小管理员'].sort()));
    await choose('account-search-role', '教室设备');
    await vi.waitFor(() => expect(names()).toEqual(['一班教室']));
    expect(byTestId('account-count').textContent).toContain('共 1 个账号');
  });

  it('lets a school administrator open its safety leader and a teacher’s account for a teacher of the roster', async () => {
    const created = await createPerson(f().ctx, teacherInput(f().school, { name: '陈老师', idNumber: idNumberOf('19800101', 22) }));
    if (!created.ok) throw new Error('no teacher');
    const open = ref(true);
    const Dialog = defineComponent({ setup: () => () => h(CreateAccountDialog, { unit: f().school, open: open.value, 'onUpdate:open': (v: boolean) => (open.value = v) }) });
    const schoolAdmin: SessionUser = {
      id: 'u-school',
      username: 'school',
      displayName: '学校管理员',
      role: 'school_admin',
      orgId: f().school.id,
      orgPath: f().school.orgPath,
      personId: '',
      mustChangePassword: false,
    };
    open.value = false;
    const mounted = await mountWithApp(f().db, Dialog, {}, '/accounts');
    track(mounted);
    useSessionStore(mounted.pinia).user = schoolAdmin;
    open.value = true;
    await settle(5);

    byTestId('account-role').querySelector<HTMLElement>('.el-select__wrapper')?.click();
    await settle(3);
    const offered = [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim());
    expect(offered).toEqual(expect.arrayContaining(['分管安全校长', '教师']));
    expect(offered).not.toContain('学校信息管理员');
    // A classroom computer is bound to a class (issue 10.5): it is opened with a class selected, not at the school.
    expect(offered).not.toContain('教室设备');

    await choose('account-role', '教师');
    await choose('account-person', '陈老师');
    expect((byTestId('account-name') as HTMLInputElement).value).toBe('陈老师');
    await click('account-save');
    await vi.waitFor(async () => {
      const docs = (await f().db.accounts.find().exec()).map((d) => d.toJSON() as AccountDoc);
      expect(docs).toEqual([expect.objectContaining({ role: 'teacher', personId: created.person.id, displayName: '陈老师', orgId: f().school.id })]);
    });
  });
});
