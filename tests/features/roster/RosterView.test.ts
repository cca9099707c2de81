import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { createPerson } from '@/db/repositories/people';
import type { PersonInput } from '@/domain/roster/personInput';
import { useOrgSelectionStore } from '@/stores/orgSelection';
import { createRosterFixture, idNumberOf, studentInput, teacherInput, type RosterFixture } from '../../db/support/rosterFixture';
import { byTestId, mountWithApp, settle, typeInto, click, TEST_USER } from './support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

let f: RosterFixture;
let unmount: () => void = () => undefined;

async function add(write: PersonInput): Promise<void> {
  const result = await createPerson(f.ctx, write);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}

beforeEach(async () => {
  f = await createRosterFixture();
  await add(studentInput(f.class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
  await add(studentInput(f.class2, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
  await add(studentInput(f.otherClass, { name: '王五', idNumber: idNumberOf('20180901', 45) }));
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await f.db.close();
});

/** The whole app shell (layout, org tree, roster) at /roster/students. */
async function openRoster() {
  const Root = defineComponent({ setup: () => () => h(RouterView) });
  const mounted = await mountWithApp(f.db, Root);
  unmount = () => mounted.wrapper.unmount();
  await settle(10);
  return mounted;
}

const cellTexts = (testId: string) =>
  [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((el) => el.textContent?.trim() ?? '');

describe('RosterView', () => {
  it('lists masked ID numbers only', async () => {
    await openRoster();
    await vi.waitFor(() => expect(cellTexts('roster-cell-masked')).toHaveLength(3));
    const masked = cellTexts('roster-cell-masked');
    for (const text of masked) expect(text).toMatch(/^4115\*{10}[0-9X]{4}$/);
    expect(document.body.textContent).not.toContain(idNumberOf('20160901', 11));
    expect(document.querySelector('[data-testid="roster-count"]')?.textContent).toContain('共 3 人');
  });

  it('follows the org tree selection and the keyword search', async () => {
    const { pinia } = await openRoster();
    const store = useOrgSelectionStore(pinia);
    store.select({ orgId: f.class2.id, orgPath: f.class2.orgPath, kind: 'class', name: f.class2.name });
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toEqual(['李四']));

    store.select({ orgId: f.school.id, orgPath: f.school.orgPath, kind: 'school', name: f.school.name });
    // Ordered by class (一班 before 二班), then name.
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toEqual(['张三', '李四']));
    await typeInto('roster-search-input', 'zs', false);
    await click('roster-search-submit');
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toEqual(['张三']));
  });

  it("shows each student's head teacher, for the top unit and within a school", async () => {
    await add(teacherInput(f.school, { name: '陈老师', classId: f.class1.id, grade: f.class1.classInfo?.grade ?? '', isHeadTeacher: true }));
    const { pinia } = await openRoster();
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toHaveLength(3));
    // The head teachers' query runs once the rows are in.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="roster-table"]')?.textContent).toContain('陈老师'));

    const store = useOrgSelectionStore(pinia);
    store.select({ orgId: f.school.id, orgPath: f.school.orgPath, kind: 'school', name: f.school.name });
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toEqual(['张三', '李四']));
    await vi.waitFor(() => expect(document.querySelector('[data-testid="roster-table"]')?.textContent).toContain('陈老师'));
  });

  it('disables 审核通过 and 退回, saying why, while only the user’s own entries are selected (issue 9.3)', async () => {
    const mine = await createPerson({ db: f.db, actor: TEST_USER.id }, studentInput(f.class1, { name: '安安', idNumber: idNumberOf('20160901', 57) }));
    if (!mine.ok) throw new Error('fixture person not created');
    await openRoster();
    await vi.waitFor(() => expect(cellTexts('roster-row-name')).toHaveLength(4));
    const select = async (name: string) => {
      const row = [...document.querySelectorAll('.el-table-v2__row')].find((r) => r.textContent?.includes(name));
      row?.querySelector<HTMLInputElement>('[data-testid="roster-row-select"] input')?.click();
      await settle(2);
    };
    const approve = () => byTestId('roster-approve') as HTMLButtonElement;

    await select('安安');
    expect(approve().disabled).toBe(true);
    expect(approve().title).toBe('选中的记录均为本人录入，须由他人审核');
    expect((byTestId('roster-return') as HTMLButtonElement).disabled).toBe(true);
    // With someone else's entry in the selection the batch goes ahead; own entries are skipped.
    await select('张三');
    expect(approve().disabled).toBe(false);
    expect(approve().title).toBe('');
    await click('roster-submit'); // 张三 was still 录入; 安安 is submitted by its entrant
    await click('roster-approve');
    await vi.waitFor(() => expect(document.body.textContent).toContain('1 人为本人录入，须由他人审核，已跳过'));
    const statusOf = async (id: string) => (await f.db.people.findOne(id).exec())?.review.status;
    expect(await statusOf(mine.person.id)).toBe('pending');
    const zhang = (await f.db.people.find({ selector: { name: '张三' } }).exec())[0];
    await vi.waitFor(async () => expect(await statusOf(zhang?.id ?? '')).toBe('approved'));
  });
});
