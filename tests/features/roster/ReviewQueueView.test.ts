import { describe, expect, it, vi } from 'vitest';
import { createPerson } from '@/db/repositories/people';
import { applyReviewAction } from '@/db/repositories/peopleReview';
import type { WriteContext } from '@/db/repositories/writeContext';
import type { PersonInput } from '@/domain/roster/personInput';
import type { PersonDoc } from '@/domain/schemas';
import { idNumberOf, studentInput, teacherInput } from '../../db/support/rosterFixture';
import { byTestId, settle, TEST_USER } from './support/mountWithApp';
import { rosterFixturePerTest } from './support/perTest';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, open } = rosterFixturePerTest();

/** Enter a record as `ctx`'s actor and submit it for review. */
async function submitted(ctx: WriteContext, input: PersonInput): Promise<string> {
  const created = await createPerson(ctx, input);
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await applyReviewAction(ctx, [created.person.id], 'submit');
  return created.person.id;
}

const statusOf = async (id: string) => ((await f().db.people.findOne(id).exec())?.toJSON() as PersonDoc).review.status;
const texts = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((el) => el.textContent?.trim() ?? '');

const openReview = () => open('/review');

describe('ReviewQueueView', () => {
  it('lists what waits for review across the scope and approves all of it but the user’s own entries, after a confirmation with the count', async () => {
    const me: WriteContext = { ...f().ctx, actor: TEST_USER.id };
    const others = [
      await submitted(f().ctx, studentInput(f().class1, { name: '张三', idNumber: idNumberOf('20160901', 11) })),
      await submitted(f().ctx, studentInput(f().otherClass, { name: '王五', idNumber: idNumberOf('20180901', 45) })),
      await submitted(f().ctx, teacherInput(f().school, { name: '陈老师', idNumber: idNumberOf('19800101', 22) })),
    ];
    const own = await submitted(me, studentInput(f().class2, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
    // Not waiting: entered, never submitted.
    await createPerson(f().ctx, studentInput(f().class1, { name: '赵六', idNumber: idNumberOf('20160901', 57) }));

    await openReview();
    await vi.waitFor(() => expect(texts('review-row-name').sort()).toEqual(['张三', '李四', '王五', '陈老师'].sort()));
    expect(byTestId('review-approve-all').textContent).toContain('全部通过（3）');

    byTestId('review-approve-all').click();
    const box = await vi.waitFor(() => {
      const el = document.querySelector<HTMLElement>('.el-message-box');
      if (!el) throw new Error('no confirmation yet');
      return el;
    });
    expect(box.textContent).toContain('确定将 3 条待审核记录全部审核通过吗？');
    expect(box.textContent).toContain('另有 1 条为您本人录入');
    box.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')?.click();

    await vi.waitFor(async () => expect(await Promise.all(others.map(statusOf))).toEqual(['approved', 'approved', 'approved']));
    expect(await statusOf(own)).toBe('pending');
    await vi.waitFor(() => expect(texts('review-row-name')).toEqual(['李四']));
  });

  it('shows the entrant their returned records first, with the reason standing out', async () => {
    const me: WriteContext = { ...f().ctx, actor: TEST_USER.id };
    const returned = await submitted(me, studentInput(f().class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
    await submitted(me, studentInput(f().class2, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
    await applyReviewAction(f().ctx, [returned], 'return', '身份证号与户籍信息不符');
    // Someone else's record is not "mine".
    await submitted(f().ctx, studentInput(f().otherClass, { name: '王五', idNumber: idNumberOf('20180901', 45) }));

    await openReview();
    document.querySelectorAll<HTMLElement>('.el-tabs__item').forEach((tab) => tab.id.endsWith('mine') && tab.click());
    await settle();
    await vi.waitFor(() => expect(texts('review-mine-name')).toEqual(['张三', '李四']));
    expect(byTestId('review-returned-alert').textContent).toContain('有 1 条记录被退回');
    expect(texts('review-reason')[0]).toContain('身份证号与户籍信息不符');
    expect(document.querySelector('.review-row--returned')?.textContent).toContain('张三');
  });
});
