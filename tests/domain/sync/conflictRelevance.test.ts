import { describe, expect, it } from 'vitest';
import { isReviewableConflict } from '@/domain/sync/conflictRelevance';

const conflict = (field: string, winningValue: unknown, losingValue: unknown) => ({ field, winningValue, losingValue, losingBy: 'b' });

describe('isReviewableConflict', () => {
  it('records real disagreements about data', () => {
    expect(isReviewableConflict('people', conflict('name', '张三', '张叁'))).toBe(true);
    expect(isReviewableConflict('identities', conflict('phone', '13800000000', '13900000000'))).toBe(true);
  });

  it('skips fields derived from others', () => {
    expect(isReviewableConflict('people', conflict('nameSearch', '张三 zhangsan zs', '张叁 zhangsan zs'))).toBe(false);
    expect(isReviewableConflict('people', conflict('phoneMasked', '138****0000', '139****0000'))).toBe(false);
  });

  it('skips review states that agree on the status and differ only in who and when', () => {
    const draftA = { status: 'draft', reason: '', by: 'a', at: 1 };
    const draftB = { status: 'draft', reason: '', by: 'b', at: 2 };
    expect(isReviewableConflict('people', conflict('review', draftA, draftB))).toBe(false);
    expect(isReviewableConflict('people', conflict('review', draftA, { ...draftB, status: 'approved' }))).toBe(true);
  });
});
