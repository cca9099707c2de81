/**
 * Review workflow (本级录入、本级审核): 录入 draft → 待审核 pending → 已审核
 * approved, and 退回 returned (with a reason) back to the one who entered it.
 */
export const REVIEW_STATUSES = ['draft', 'pending', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewAction = 'submit' | 'approve' | 'return' | 'reopen';

const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'pending' },
  approve: { from: ['pending'], to: 'approved' },
  return: { from: ['pending', 'approved'], to: 'returned' },
  reopen: { from: ['approved'], to: 'draft' },
};

export function canApplyReview(status: ReviewStatus, action: ReviewAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export type ReviewResult =
  | { ok: true; status: ReviewStatus; reason: string }
  | { ok: false; code: 'review.invalidTransition' | 'review.reasonRequired' };

/** Apply a review action; returning a record requires a reason. */
export function applyReview(status: ReviewStatus, action: ReviewAction, reason = ''): ReviewResult {
  if (!canApplyReview(status, action)) return { ok: false, code: 'review.invalidTransition' };
  const trimmed = reason.trim();
  if (action === 'return' && !trimmed) return { ok: false, code: 'review.reasonRequired' };
  return { ok: true, status: TRANSITIONS[action].to, reason: action === 'return' ? trimmed : '' };
}
