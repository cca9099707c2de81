import { isOwnEntryReview, type ReviewStatus } from './review';

/** What the review queue needs of a record. */
export interface QueuedRecord {
  id: string;
  enteredBy: string;
  review: { status: ReviewStatus; at: number };
}

/**
 * What 全部通过 approves for `actor`: every record waiting for review
 * except their own entries (本级录入、本级审核 — nobody approves what they
 * entered; the same rule `applyReview` enforces per record), which are
 * listed apart so the confirmation can say how many stay for someone else.
 */
export function approvalBatch(records: readonly QueuedRecord[], actor: string): { approvable: string[]; ownEntries: string[] } {
  const approvable: string[] = [];
  const ownEntries: string[] = [];
  for (const record of records) {
    if (record.review.status !== 'pending') continue;
    (isOwnEntryReview('approve', actor, record.enteredBy) ? ownEntries : approvable).push(record.id);
  }
  return { approvable, ownEntries };
}

/** The statuses an entrant still has to act on or wait for (已审核 is done). */
export const OPEN_SUBMISSION_STATUSES: readonly ReviewStatus[] = ['returned', 'draft', 'pending'];

/**
 * The entrant's open records, returned ones first (they need the entrant),
 * then drafts not yet submitted, then those waiting; newest change first
 * within each.
 */
export function submissionOrder<T extends QueuedRecord>(records: readonly T[]): T[] {
  const rank = (status: ReviewStatus) => OPEN_SUBMISSION_STATUSES.indexOf(status);
  return records
    .filter((r) => rank(r.review.status) >= 0)
    .sort((a, b) => rank(a.review.status) - rank(b.review.status) || b.review.at - a.review.at);
}
