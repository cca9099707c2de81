/**
 * Review workflow (本级录入、本级审核): 录入 draft → 待审核 pending → 已审核
 * approved, and 退回 returned (with a reason) back to the one who entered it.
 */
export const REVIEW_STATUSES = ['draft', 'pending', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'pending' },
  approve: { from: ['pending'], to: 'approved' },
  return: { from: ['pending', 'approved'], to: 'returned' },
  reopen: { from: ['approved'], to: 'draft' },
};

/**
 * The reviewer's decisions. Whoever entered a record (for a school without
 * internet, 代录, that is the township or county) may not take them on it:
 * the unit the record belongs to, or a level above, reviews what was
 * entered on its behalf, and nobody vouches for their own entry. Submitting
 * and withdrawing an approval stay open to the entrant.
 */
const REVIEWER_ACTIONS: readonly ReviewAction[] = ['approve', 'return'];

export function canApplyReview(status: ReviewStatus, action: ReviewAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** True when `actor` entered the record and `action` is a reviewer's decision on it. */
export function isOwnEntryReview(action: ReviewAction, actor: string, enteredBy: string): boolean {
  return REVIEWER_ACTIONS.includes(action) && actor === enteredBy;
}

/** The statuses only a reviewer's decision leads to. */
export function isReviewerStatus(status: ReviewStatus): boolean {
  return REVIEWER_ACTIONS.some((action) => TRANSITIONS[action].to === status);
}

export type ReviewResult =
  | { ok: true; status: ReviewStatus; reason: string }
  | { ok: false; code: 'review.invalidTransition' | 'review.reasonRequired' | 'review.ownEntry' };

/** What a review action applies to: the record's state and who entered it. */
export interface ReviewSubject {
  status: ReviewStatus;
  enteredBy: string;
}

/** Apply `actor`'s review action; returning a record requires a reason. */
export function applyReview(subject: ReviewSubject, action: ReviewAction, actor: string, reason = ''): ReviewResult {
  if (!canApplyReview(subject.status, action)) return { ok: false, code: 'review.invalidTransition' };
  if (isOwnEntryReview(action, actor, subject.enteredBy)) return { ok: false, code: 'review.ownEntry' };
  const trimmed = reason.trim();
  if (action === 'return' && !trimmed) return { ok: false, code: 'review.reasonRequired' };
  return { ok: true, status: TRANSITIONS[action].to, reason: action === 'return' ? trimmed : '' };
}

/**
 * Whether `to` can follow `from` by zero or more actions someone may take
 * (the entrant without the reviewer's decisions). A device that is offline
 * stores only a record's newest state, and replication pushes only that: a
 * draft submitted and approved on one device reaches the server as
 * draft → approved in one step. The server can therefore check that the
 * pushed state is reachable, not that it is one step away.
 */
export function canReachReview(from: ReviewStatus, to: ReviewStatus, isEntrant: boolean): boolean {
  const actions = REVIEW_ACTIONS.filter((action) => !isEntrant || !REVIEWER_ACTIONS.includes(action));
  const reached = new Set<ReviewStatus>([from]);
  const queue: ReviewStatus[] = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const action of actions) {
      const next = TRANSITIONS[action].to;
      if (canApplyReview(status, action) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached.has(to);
}
