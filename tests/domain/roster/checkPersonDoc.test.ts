import { describe, expect, it } from 'vitest';
import { checkPersonDoc, type PersonWire } from '@/domain/roster/checkPersonDoc';
import type { ReviewState } from '@/domain/schemas';

const ENTRANT = 'account-township'; // entered the record for the school (代录)
const REVIEWER = 'account-school';
const SCHOOL_PATH = '/41/4115/411502/sch-1/';

const student: PersonWire = {
  id: 'per-1',
  orgPath: `${SCHOOL_PATH}cls-31/`,
  createdAt: 1,
  createdBy: ENTRANT,
  modifiedAt: 1,
  modifiedBy: ENTRANT,
  kind: 'student',
  name: '李娜',
  gender: 'F',
  schoolId: 'sch-1',
  classId: 'cls-31',
  grade: 'P3',
  className: '一班',
  isHeadTeacher: false,
  idMasked: '4115**********002X',
  phoneMasked: '',
  nameSearch: '李娜 lina ln',
  review: { status: 'draft', reason: '', by: ENTRANT, at: 1 },
  enteredBy: ENTRANT,
  enteredAt: 1,
  deletedAt: 0,
  _deleted: false,
};

const teacher: PersonWire = {
  ...student,
  id: 'per-2',
  orgPath: SCHOOL_PATH,
  kind: 'teacher',
  name: '张伟',
  gender: 'M',
  classId: '',
  grade: '',
  className: '',
  phoneMasked: '138****5678',
};

const withReview = (doc: PersonWire, status: ReviewState['status'], by: string, reason = ''): PersonWire => ({
  ...doc,
  review: { status, reason, by, at: 2 },
});
const codeOf = (next: PersonWire, previous: PersonWire | undefined, actor: string) => {
  const result = checkPersonDoc(next, previous, actor);
  return result.ok ? 'ok' : result.code;
};

describe('checkPersonDoc: a new record', () => {
  it('accepts a draft or submitted record entered and stamped by the one pushing it', () => {
    expect(checkPersonDoc(student, undefined, ENTRANT)).toEqual({ ok: true });
    expect(codeOf(withReview(student, 'pending', ENTRANT), undefined, ENTRANT)).toBe('ok');
    expect(codeOf(teacher, undefined, ENTRANT)).toBe('ok');
  });

  it('refuses an entrant or a review stamp in someone else’s name', () => {
    expect(codeOf(student, undefined, REVIEWER)).toBe('person_entered_by_not_actor');
    expect(codeOf(withReview(student, 'draft', REVIEWER), undefined, ENTRANT)).toBe('review_not_stamped');
  });

  it('refuses a record that arrives approved by whoever entered it', () => {
    const result = checkPersonDoc(withReview(student, 'approved', ENTRANT), undefined, ENTRANT);
    expect(result).toEqual({ ok: false, code: 'review_own_entry', reason: expect.stringContaining('不能由本人审核通过') });
  });
});

describe('checkPersonDoc: what the form checks, from the document alone', () => {
  it('refuses names the form refuses, or not in their stored spelling', () => {
    for (const name of ['张三1', '张', ' 李娜', '李 娜', '']) {
      expect(codeOf({ ...student, name }, undefined, ENTRANT), name).toBe('person_name_invalid');
    }
  });

  it('refuses an unknown gender', () => {
    expect(codeOf({ ...student, gender: 'X' as 'M' }, undefined, ENTRANT)).toBe('person_gender_invalid');
  });

  it('requires students to sit in a class of a grade, and head teachers to head one', () => {
    expect(codeOf({ ...student, classId: '', className: '', orgPath: SCHOOL_PATH }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...student, grade: '' }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...student, schoolId: '' }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...student, isHeadTeacher: true }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...teacher, isHeadTeacher: true }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...teacher, classId: 'cls-31', className: '一班' }, undefined, ENTRANT)).toBe('person_placement_invalid');
    expect(codeOf({ ...teacher, grade: 'J2' }, undefined, ENTRANT)).toBe('ok'); // a grade without a class
    expect(codeOf({ ...teacher, classId: 'cls-31', grade: 'P3', className: '一班', isHeadTeacher: true }, undefined, ENTRANT)).toBe('ok');
  });

  it('requires a class name exactly when there is a class, in the canonical spelling', () => {
    expect(codeOf({ ...student, className: '' }, undefined, ENTRANT)).toBe('person_class_name_invalid');
    expect(codeOf({ ...student, className: '1班' }, undefined, ENTRANT)).toBe('person_class_name_invalid');
    expect(codeOf({ ...teacher, className: '一班' }, undefined, ENTRANT)).toBe('person_class_name_invalid');
  });

  it('requires the org path to be the class’s (students) or the school’s (teachers)', () => {
    expect(codeOf({ ...student, orgPath: SCHOOL_PATH }, undefined, ENTRANT)).toBe('person_org_path_mismatch');
    expect(codeOf({ ...student, orgPath: '/41/4115/411502/sch-2/cls-31/' }, undefined, ENTRANT)).toBe('person_org_path_mismatch');
    expect(codeOf({ ...teacher, orgPath: `${SCHOOL_PATH}cls-31/` }, undefined, ENTRANT)).toBe('person_org_path_mismatch');
  });

  it('refuses masked fields that are not masked (a full ID number or phone in a list field)', () => {
    expect(codeOf({ ...student, idMasked: '41150220150620002X' }, undefined, ENTRANT)).toBe('person_mask_invalid');
    expect(codeOf({ ...teacher, phoneMasked: '13812345678' }, undefined, ENTRANT)).toBe('person_mask_invalid');
    expect(codeOf({ ...student, idMasked: '' }, undefined, ENTRANT)).toBe('ok'); // no number on file
  });

  it('requires a reason with 已退回 and only with it', () => {
    const pending = withReview(student, 'pending', ENTRANT);
    expect(codeOf(withReview(student, 'returned', REVIEWER, ' '), pending, REVIEWER)).toBe('review_state_invalid');
    expect(codeOf(withReview(student, 'draft', ENTRANT, '多余'), undefined, ENTRANT)).toBe('review_state_invalid');
    expect(codeOf(withReview(student, 'returned', REVIEWER, '缺学籍号'), pending, REVIEWER)).toBe('ok');
  });
});

describe('checkPersonDoc: an edit', () => {
  it('keeps who entered the record, when, and its kind', () => {
    expect(codeOf({ ...student, enteredBy: REVIEWER }, student, ENTRANT)).toBe('person_entry_changed');
    expect(codeOf({ ...student, enteredAt: 5 }, student, ENTRANT)).toBe('person_entry_changed');
    expect(codeOf({ ...student, kind: 'teacher', orgPath: SCHOOL_PATH, classId: '', grade: '', className: '' }, student, ENTRANT)).toBe(
      'person_kind_changed',
    );
  });

  it('lets the school approve or return what the township entered for it', () => {
    const pending = withReview(student, 'pending', ENTRANT);
    expect(codeOf(withReview(student, 'approved', REVIEWER), pending, REVIEWER)).toBe('ok');
    expect(codeOf(withReview(student, 'returned', REVIEWER, '姓名有误'), pending, REVIEWER)).toBe('ok');
  });

  it('never lets the entrant approve or return their own entry (本级录入、本级审核)', () => {
    const pending = withReview(student, 'pending', ENTRANT);
    expect(codeOf(withReview(student, 'approved', ENTRANT), pending, ENTRANT)).toBe('review_own_entry');
    expect(codeOf(withReview(student, 'returned', ENTRANT, '重填'), pending, ENTRANT)).toBe('review_own_entry');
    // Not through a tombstone either: undeleting it later would bring the approval back.
    expect(codeOf({ ...withReview(student, 'approved', ENTRANT), _deleted: true }, pending, ENTRANT)).toBe('review_own_entry');
  });

  it('requires a changed review state to be stamped by the one pushing it', () => {
    const pending = withReview(student, 'pending', ENTRANT);
    expect(codeOf(withReview(student, 'approved', REVIEWER), pending, 'account-county')).toBe('review_not_stamped');
  });

  it('accepts several offline steps arriving as one state, but not states the entrant cannot reach', () => {
    // Submitted and approved on the school's device while offline.
    expect(codeOf(withReview(student, 'approved', REVIEWER), student, REVIEWER)).toBe('ok');
    // The entrant cannot take back a pending record: that is the reviewer's return.
    const result = checkPersonDoc(withReview(student, 'draft', ENTRANT), withReview(student, 'pending', ENTRANT), ENTRANT);
    expect(result).toEqual({ ok: false, code: 'review_transition', reason: '审核状态不能从“待审核”变为“录入”' });
  });

  it('refuses a change of reviewed facts under a standing approval, naming them', () => {
    const approved = withReview(student, 'approved', REVIEWER);
    const renamed = { ...approved, name: '李丽娜', classId: 'cls-32', className: '二班', orgPath: `${SCHOOL_PATH}cls-32/` };
    expect(checkPersonDoc(renamed, approved, ENTRANT)).toEqual({
      ok: false,
      code: 'review_required',
      reason: '已审核的记录修改了姓名、班级，须退回“录入”重新审核',
    });
    // A new ID number shows as a new mask.
    expect(codeOf({ ...approved, idMasked: '4115**********0039' }, approved, ENTRANT)).toBe('review_required');
    // Sent back to 录入 with the edit, it is fine.
    expect(codeOf(withReview(renamed, 'draft', ENTRANT), approved, ENTRANT)).toBe('ok');
  });

  it('keeps an approval through edits of facts the review does not vouch for', () => {
    const approved = withReview(teacher, 'approved', REVIEWER);
    expect(codeOf({ ...approved, phoneMasked: '139****0000', modifiedAt: 9 }, approved, ENTRANT)).toBe('ok');
    expect(codeOf({ ...approved, deletedAt: 9 }, approved, ENTRANT)).toBe('ok');
  });
});
