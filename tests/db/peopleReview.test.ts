import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPerson, getPerson, softDeletePerson } from '@/db/repositories/people';
import { applyReviewAction, reviewHistory } from '@/db/repositories/peopleReview';
import type { WriteContext } from '@/db/repositories/writeContext';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
let clock = 1_700_000_000_000;
let ids: string[];
/** Someone other than the entrant ('tester'): 本级录入、本级审核. */
let reviewer: WriteContext;

beforeEach(async () => {
  f = await createRosterFixture(() => clock);
  reviewer = { ...f.ctx, actor: 'reviewer' };
  ids = [];
  for (const [i, name] of ['张三', '李四', '王五'].entries()) {
    const result = await createPerson(f.ctx, studentInput(f.class1, { name, idNumber: idNumberOf('20160901', 11 + i) }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    ids.push(result.person.id);
  }
});
afterEach(async () => {
  await f.db.close();
});

const statusOf = async (id: string) => (await getPerson(f.db, id))?.review.status;

describe('applyReviewAction', () => {
  it('walks draft → pending → approved in batches, stamping who and when', async () => {
    clock += 10;
    expect(await applyReviewAction(f.ctx, ids, 'submit')).toEqual({ ok: true, changed: ids, skipped: [] });
    clock += 10;
    await applyReviewAction(reviewer, ids.slice(0, 2), 'approve');
    expect(await Promise.all(ids.map(statusOf))).toEqual(['approved', 'approved', 'pending']);
    expect((await getPerson(f.db, ids[0] ?? ''))?.review).toEqual({ status: 'approved', reason: '', by: 'reviewer', at: clock });
  });

  it('skips records whose state does not allow the action, and deleted ones', async () => {
    const [a = '', b = '', c = ''] = ids;
    await applyReviewAction(f.ctx, [a], 'submit');
    await softDeletePerson(f.ctx, c);
    const outcome = await applyReviewAction(reviewer, ids, 'approve');
    expect(outcome).toEqual({
      ok: true,
      changed: [a],
      skipped: [
        { id: b, code: 'review.invalidTransition' },
        { id: c, code: 'review.notFound' },
      ],
    });
  });

  it('requires a reason to return, and keeps it on the record', async () => {
    await applyReviewAction(f.ctx, ids, 'submit');
    expect(await applyReviewAction(reviewer, ids, 'return', '   ')).toEqual({ ok: false, code: 'review.reasonRequired' });
    expect(await statusOf(ids[0] ?? '')).toBe('pending');
    await applyReviewAction(reviewer, ids, 'return', ' 身份证号与户口本不符 ');
    expect((await getPerson(f.db, ids[0] ?? ''))?.review).toMatchObject({ status: 'returned', reason: '身份证号与户口本不符' });
    // Resubmitting clears the reason.
    await applyReviewAction(f.ctx, ids, 'submit');
    expect((await getPerson(f.db, ids[0] ?? ''))?.review).toMatchObject({ status: 'pending', reason: '' });
  });

  it("keeps each person's review history, oldest first", async () => {
    const id = ids[1] ?? '';
    await applyReviewAction(f.ctx, [id], 'submit');
    clock += 1;
    await applyReviewAction(reviewer, [id], 'return', '缺学籍号');
    clock += 1;
    await applyReviewAction(f.ctx, [id], 'submit');
    const history = await reviewHistory(f.db, id);
    expect(history.map((h) => [h.action, h.from, h.to, h.reason])).toEqual([
      ['submit', 'draft', 'pending', ''],
      ['return', 'pending', 'returned', '缺学籍号'],
      ['submit', 'returned', 'pending', ''],
    ]);
    expect(history[0]).toMatchObject({ personId: id, by: 'tester' });
    expect(history[1]).toMatchObject({ by: 'reviewer' });
    expect(await reviewHistory(f.db, ids[0] ?? '')).toEqual([]);
  });

  it('never lets the entrant approve or return their own entries, and says so per record', async () => {
    const [a = '', b = ''] = ids;
    await applyReviewAction(f.ctx, ids, 'submit');
    const mine = await applyReviewAction(f.ctx, [a, b], 'approve');
    expect(mine).toEqual({
      ok: true,
      changed: [],
      skipped: [
        { id: a, code: 'review.ownEntry' },
        { id: b, code: 'review.ownEntry' },
      ],
    });
    expect(await applyReviewAction(f.ctx, [a], 'return', '重填')).toMatchObject({ changed: [], skipped: [{ id: a, code: 'review.ownEntry' }] });
    expect(await Promise.all(ids.map(statusOf))).toEqual(['pending', 'pending', 'pending']);
    expect(await reviewHistory(f.db, a)).toHaveLength(1); // the submit only
  });
});
