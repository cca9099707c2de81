import { describe, expect, it } from 'vitest';
import { applyReview, canApplyReview, REVIEW_STATUSES, type ReviewAction } from '@/domain/roster/review';

describe('canApplyReview', () => {
  it('allows exactly the documented transitions', () => {
    const allowed: Record<ReviewAction, string[]> = {
      submit: ['draft', 'returned'],
      approve: ['pending'],
      return: ['pending', 'approved'],
      reopen: ['approved'],
    };
    for (const [action, from] of Object.entries(allowed) as [ReviewAction, string[]][]) {
      for (const status of REVIEW_STATUSES) {
        expect(canApplyReview(status, action), `${action} from ${status}`).toBe(from.includes(status));
      }
    }
  });
});

describe('applyReview', () => {
  it('moves a draft through submit and approve', () => {
    expect(applyReview('draft', 'submit')).toEqual({ ok: true, status: 'pending', reason: '' });
    expect(applyReview('pending', 'approve')).toEqual({ ok: true, status: 'approved', reason: '' });
  });

  it('requires a reason to return a record, and keeps it trimmed', () => {
    expect(applyReview('pending', 'return')).toEqual({ ok: false, code: 'review.reasonRequired' });
    expect(applyReview('pending', 'return', '   ')).toEqual({ ok: false, code: 'review.reasonRequired' });
    expect(applyReview('pending', 'return', ' 身份证号有误 ')).toEqual({ ok: true, status: 'returned', reason: '身份证号有误' });
  });

  it('clears the reason on every other action', () => {
    expect(applyReview('returned', 'submit', 'old reason')).toEqual({ ok: true, status: 'pending', reason: '' });
    expect(applyReview('approved', 'reopen', 'x')).toEqual({ ok: true, status: 'draft', reason: '' });
  });

  it('refuses transitions that are not allowed', () => {
    expect(applyReview('draft', 'approve')).toEqual({ ok: false, code: 'review.invalidTransition' });
    expect(applyReview('approved', 'submit')).toEqual({ ok: false, code: 'review.invalidTransition' });
    expect(applyReview('draft', 'return', 'reason')).toEqual({ ok: false, code: 'review.invalidTransition' });
  });
});
