import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '@/domain/roster/review';
import { approvalBatch, submissionOrder } from '@/domain/roster/reviewQueue';

const record = (id: string, status: ReviewStatus, enteredBy = 'someone', at = 0) => ({ id, enteredBy, review: { status, at } });

describe('approvalBatch', () => {
  it('approves what waits for review, never the actor’s own entries', () => {
    const batch = approvalBatch(
      [record('a', 'pending'), record('b', 'pending', 'me'), record('c', 'draft'), record('d', 'approved'), record('e', 'pending')],
      'me',
    );
    expect(batch).toEqual({ approvable: ['a', 'e'], ownEntries: ['b'] });
  });
});

describe('submissionOrder', () => {
  it('puts returned records first, then drafts, then those waiting, newest first; approved ones are done', () => {
    const ordered = submissionOrder([
      record('pending-old', 'pending', 'me', 1),
      record('returned-old', 'returned', 'me', 1),
      record('approved', 'approved', 'me', 9),
      record('draft', 'draft', 'me', 5),
      record('returned-new', 'returned', 'me', 7),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['returned-new', 'returned-old', 'draft', 'pending-old']);
  });
});
