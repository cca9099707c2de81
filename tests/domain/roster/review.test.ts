import { describe, expect, it } from 'vitest';
import {
  applyReview,
  canApplyReview,
  canReachReview,
  isOwnEntryReview,
  REVIEW_ACTIONS,
  REVIEW_STATUSES,
  type ReviewAction,
  type ReviewStatus,
} from '@/domain/roster/review';

const ENTRANT = 'account-township';
const REVIEWER = 'account-school';
const entered = (status: ReviewStatus) => ({ status, enteredBy: ENTRANT });

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
  it('moves a draft through submit (by the entrant) and approve (by someone else)', () => {
    expect(applyReview(entered('draft'), 'submit', ENTRANT)).toEqual({ ok: true, status: 'pending', reason: '' });
    expect(applyReview(entered('pending'), 'approve', REVIEWER)).toEqual({ ok: true, status: 'approved', reason: '' });
  });

  it('requires a reason to return a record, and keeps it trimmed', () => {
    expect(applyReview(entered('pending'), 'return', REVIEWER)).toEqual({ ok: false, code: 'review.reasonRequired' });
    expect(applyReview(entered('pending'), 'return', REVIEWER, '   ')).toEqual({ ok: false, code: 'review.reasonRequired' });
    expect(applyReview(entered('pending'), 'return', REVIEWER, ' 身份证号有误 ')).toEqual({ ok: true, status: 'returned', reason: '身份证号有误' });
  });

  it('clears the reason on every other action', () => {
    expect(applyReview(entered('returned'), 'submit', ENTRANT, 'old reason')).toEqual({ ok: true, status: 'pending', reason: '' });
    expect(applyReview(entered('approved'), 'reopen', REVIEWER, 'x')).toEqual({ ok: true, status: 'draft', reason: '' });
  });

  it('refuses transitions that are not allowed', () => {
    expect(applyReview(entered('draft'), 'approve', REVIEWER)).toEqual({ ok: false, code: 'review.invalidTransition' });
    expect(applyReview(entered('approved'), 'submit', REVIEWER)).toEqual({ ok: false, code: 'review.invalidTransition' });
    expect(applyReview(entered('draft'), 'return', REVIEWER, 'reason')).toEqual({ ok: false, code: 'review.invalidTransition' });
  });

  it('refuses the entrant the reviewer’s decisions on their own entry (本级录入、本级审核)', () => {
    expect(applyReview(entered('pending'), 'approve', ENTRANT)).toEqual({ ok: false, code: 'review.ownEntry' });
    expect(applyReview(entered('pending'), 'return', ENTRANT, '有误')).toEqual({ ok: false, code: 'review.ownEntry' });
    // Submitting and withdrawing an approval stay open to the entrant.
    expect(applyReview(entered('approved'), 'reopen', ENTRANT)).toMatchObject({ ok: true, status: 'draft' });
  });
});

describe('isOwnEntryReview', () => {
  it('is true only for approve and return by whoever entered the record', () => {
    const own = REVIEW_ACTIONS.filter((action) => isOwnEntryReview(action, ENTRANT, ENTRANT));
    expect(own).toEqual(['approve', 'return']);
    expect(REVIEW_ACTIONS.some((action) => isOwnEntryReview(action, REVIEWER, ENTRANT))).toBe(false);
  });
});

describe('canReachReview', () => {
  it('lets a reviewer reach any state, since a device pushes only the newest of several steps', () => {
    for (const from of REVIEW_STATUSES) {
      for (const to of REVIEW_STATUSES) expect(canReachReview(from, to, false), `${from} → ${to}`).toBe(true);
    }
  });

  it('keeps the entrant out of the reviewer’s states and off paths that need a decision', () => {
    const reachable = (from: ReviewStatus) => REVIEW_STATUSES.filter((to) => canReachReview(from, to, true));
    expect(reachable('draft')).toEqual(['draft', 'pending']);
    expect(reachable('returned')).toEqual(['pending', 'returned']);
    expect(reachable('pending')).toEqual(['pending']);
    expect(reachable('approved')).toEqual(['draft', 'pending', 'approved']);
  });
});
