import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { createPerson, getPerson, updatePerson } from '@/db/repositories/people';
import { applyReviewAction } from '@/db/repositories/peopleReview';
import type { WriteContext } from '@/db/repositories/writeContext';
import PersonDetailView from '@/features/roster/PersonDetailView.vue';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from '../../db/support/rosterFixture';
import { byTestId, mountWithApp, settle, TEST_USER } from './support/mountWithApp';

let f: RosterFixture;
/** The signed-in user of the mounted page, writing directly. */
let me: WriteContext;
let unmount: () => void = () => undefined;

beforeEach(async () => {
  f = await createRosterFixture();
  me = { db: f.db, actor: TEST_USER.id };
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await f.db.close();
});

/** A pending student entered by `ctx`. */
async function pendingStudent(ctx: WriteContext, name: string, sequence: number): Promise<string> {
  const created = await createPerson(ctx, studentInput(f.class1, { name, idNumber: idNumberOf('20160901', sequence) }));
  if (!created.ok) throw new Error('fixture person not created');
  await applyReviewAction(ctx, [created.person.id], 'submit');
  return created.person.id;
}

async function openPage(id: string, name: string): Promise<void> {
  const mounted = await mountWithApp(f.db, PersonDetailView, {}, `/people/${id}`);
  unmount = () => mounted.wrapper.unmount();
  await vi.waitFor(() => expect(byTestId('person-name').textContent).toBe(name));
  await settle();
}

const isDisabled = (testId: string) => (byTestId(testId) as HTMLButtonElement).disabled;

describe('PersonDetailView: 本级录入、本级审核 (issue 9.3)', () => {
  it('does not let the signed-in user approve or return a record they entered, and says who reviews it', async () => {
    const id = await pendingStudent(me, '张三', 11);
    await openPage(id, '张三');
    expect(isDisabled('person-approve')).toBe(true);
    expect(isDisabled('person-return')).toBe(true);
    expect(byTestId('person-own-entry').textContent).toContain('录入人不能审核通过或退回');
    byTestId('person-approve').click();
    await settle();
    expect((await getPerson(f.db, id))?.review.status).toBe('pending');
  });

  it('lets the signed-in user approve what someone else entered for the school (代录)', async () => {
    const id = await pendingStudent(f.ctx, '李四', 13);
    await openPage(id, '李四');
    expect(isDisabled('person-approve')).toBe(false);
    expect(document.querySelector('[data-testid="person-own-entry"]')).toBeNull();
    byTestId('person-approve').click();
    await vi.waitFor(async () => expect((await getPerson(f.db, id))?.review).toMatchObject({ status: 'approved', by: TEST_USER.id }));
  });
});

describe('PersonDetailView: review history (issue 9.2)', () => {
  it('shows which reviewed fields an edit changed when it sent the approved record back', async () => {
    const id = await pendingStudent(f.ctx, '王五', 15);
    await applyReviewAction(me, [id], 'approve');
    const edited = await updatePerson(f.ctx, id, studentInput(f.class2, { name: '王小五', idNumber: idNumberOf('20160901', 15) }));
    expect(edited.ok && edited.person.review.status).toBe('draft');
    await openPage(id, '王小五');
    await vi.waitFor(() => expect(byTestId('person-history-fields').textContent?.trim()).toBe('修改了姓名、班级，退回录入须重新审核'));
  });
});
