import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPerson, getPerson } from '@/db/repositories/people';
import { applyReviewAction } from '@/db/repositories/peopleReview';
import ReturnReasonDialog from '@/features/roster/ReturnReasonDialog.vue';
import { createRosterFixture, studentInput, type RosterFixture } from '../../db/support/rosterFixture';
import { byTestId, click, mountWithApp, TEST_USER, typeInto } from './support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

let f: RosterFixture;
let personId = '';
let unmount: () => void = () => undefined;

beforeEach(async () => {
  f = await createRosterFixture();
  const created = await createPerson(f.ctx, studentInput(f.class1));
  if (!created.ok) throw new Error('fixture person not created');
  personId = created.person.id;
  await applyReviewAction(f.ctx, [personId], 'submit');
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await f.db.close();
});

async function openDialog() {
  const mounted = await mountWithApp(f.db, ReturnReasonDialog, { props: { modelValue: true, ids: [personId] } });
  unmount = () => mounted.wrapper.unmount();
  return mounted.wrapper;
}

async function errorText(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 150)); // el-form-item debounces its error
  return byTestId('return-reason-input').closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim() ?? '';
}

describe('ReturnReasonDialog', () => {
  it('will not return a record without a reason', async () => {
    const wrapper = await openDialog();
    await typeInto('return-reason-input', '   ');
    await click('return-reason-confirm');
    expect(await errorText()).toBe('退回时必须填写原因');
    expect((await getPerson(f.db, personId))?.review.status).toBe('pending');
    expect(wrapper.emitted('done')).toBeUndefined();
  });

  it('returns the record with the reason given', async () => {
    const wrapper = await openDialog();
    await typeInto('return-reason-input', '学籍号缺失');
    await click('return-reason-confirm');
    await vi.waitFor(async () => expect((await getPerson(f.db, personId))?.review.status).toBe('returned'));
    expect((await getPerson(f.db, personId))?.review).toMatchObject({ status: 'returned', reason: '学籍号缺失', by: TEST_USER.id });
    expect(wrapper.emitted('done')).toHaveLength(1);
  });
});
