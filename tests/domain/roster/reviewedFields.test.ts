import { describe, expect, it } from 'vitest';
import type { PersonInput } from '@/domain/roster/personInput';
import { changedReviewedFields, REVIEWED_FIELDS, reviewAfterEdit, reviewAfterMerge } from '@/domain/roster/reviewedFields';
import type { PersonDoc, ReviewState } from '@/domain/schemas';

const before: PersonInput = {
  kind: 'student',
  schoolId: 'sch-1',
  classId: 'cls-31',
  grade: 'P3',
  name: '李娜',
  gender: 'F',
  idNumber: '41150220150620002X',
  phone: '',
  isHeadTeacher: false,
  studentNo: 'G1',
};

const edited = (changes: Partial<PersonInput>): PersonInput => ({ ...before, ...changes });

describe('changedReviewedFields', () => {
  it('names the reviewed facts an edit changes, in a fixed order', () => {
    const after = edited({ classId: 'cls-32', name: '李丽娜', idNumber: '411502201506200029' });
    expect(changedReviewedFields(before, after)).toEqual(['name', 'idNumber', 'classId']);
    expect(changedReviewedFields(before, edited({ isHeadTeacher: true, grade: 'P4', schoolId: 'sch-2', gender: 'M' }))).toEqual([
      'gender',
      'schoolId',
      'grade',
      'isHeadTeacher',
    ]);
  });

  it('leaves 学籍号 and phone corrections out', () => {
    expect(changedReviewedFields(before, edited({ studentNo: 'G2', phone: '13800001111' }))).toEqual([]);
    expect(REVIEWED_FIELDS).not.toContain('studentNo');
    expect(REVIEWED_FIELDS).not.toContain('phone');
  });
});

describe('reviewAfterEdit', () => {
  const state = (status: ReviewState['status']): ReviewState => ({ status, reason: '', by: 'account-school', at: 1 });

  it('sends an approved record back to 录入 when a reviewed fact changed, stamped by the editor', () => {
    expect(reviewAfterEdit(state('approved'), ['name'], 'edit', 'account-township', 9)).toEqual({
      status: 'draft',
      reason: '',
      by: 'account-township',
      at: 9,
    });
  });

  it('keeps the review state of an edit that changed no reviewed fact, and of records not yet approved', () => {
    const approved = state('approved');
    expect(reviewAfterEdit(approved, [], 'edit', 'x', 9)).toBe(approved);
    for (const status of ['draft', 'pending', 'returned'] as const) {
      const current = state(status);
      expect(reviewAfterEdit(current, ['classId'], 'edit', 'x', 9)).toBe(current);
    }
  });

  it('submits what an import changed, unless it is already waiting', () => {
    for (const status of ['draft', 'approved', 'returned'] as const) {
      expect(reviewAfterEdit({ ...state(status), reason: status === 'returned' ? '缺学籍号' : '' }, ['name'], 'resubmit', 'imp', 9)).toEqual({
        status: 'pending',
        reason: '',
        by: 'imp',
        at: 9,
      });
    }
    const pending = state('pending');
    expect(reviewAfterEdit(pending, ['name'], 'resubmit', 'imp', 9)).toBe(pending);
    const approved = state('approved');
    expect(reviewAfterEdit(approved, [], 'resubmit', 'imp', 9)).toBe(approved);
  });
});

describe('reviewAfterMerge', () => {
  const doc = (name: string, review: ReviewState) => ({ name, gender: 'F', schoolId: 's', grade: 'P3', classId: 'c', isHeadTeacher: false, idMasked: '', review }) as PersonDoc;
  const approval: ReviewState = { status: 'approved', reason: '', by: 'account-school', at: 5 };
  const draft: ReviewState = { status: 'draft', reason: '', by: 'account-township', at: 4 };

  it('sends back an approval merged with a reviewed change it never saw, from either side', () => {
    // The school approved on the server; this device renamed offline.
    expect(reviewAfterMerge(doc('李丽娜', approval), doc('李丽娜', draft), doc('李娜', approval), 'account-township', 9)).toEqual({
      status: 'draft',
      reason: '',
      by: 'account-township',
      at: 9,
    });
    // This device approved; the server meanwhile has the new name.
    expect(reviewAfterMerge(doc('李丽娜', approval), doc('李娜', approval), doc('李丽娜', draft), 'account-school', 9)).toMatchObject({
      status: 'draft',
      by: 'account-school',
    });
  });

  it('keeps an approval of what it approved, and any other state as merged', () => {
    expect(reviewAfterMerge(doc('李娜', approval), doc('李娜', draft), doc('李娜', approval), 'x', 9)).toBe(approval);
    expect(reviewAfterMerge(doc('李丽娜', draft), doc('李丽娜', draft), doc('李娜', approval), 'x', 9)).toBe(draft);
  });
});
