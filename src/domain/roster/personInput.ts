import type { Gender, PersonKind } from '../schemas/people';
import { normalizeClassName, isCanonicalClassName } from './className';
import { parseGrade } from './gradeNames';
import type { GradeCode } from './grades';
import { validateIdNumber } from './idNumber';
import { normalizeCell, normalizeCompact } from './normalizeText';
import { validatePhone } from './phone';
import { validatePersonName } from './personName';

/**
 * Validation behind the teacher and student forms. Input is what a person
 * typed; the result is either the normalised record or a list of field
 * errors whose `code` is an i18n key the UI translates (with `params`).
 * At most one error per field: the first rule that fails, in the order a
 * person would fix them.
 */
export interface PersonInput {
  kind: PersonKind;
  name: string;
  /** 'M' / 'F', 男 / 女 …; '' takes the gender from the ID number. */
  gender: string;
  idNumber: string;
  phone: string;
  grade: string;
  className: string;
  isHeadTeacher: boolean; // 班主任
  studentNo: string; // 学籍号
}

export interface NormalizedPerson {
  kind: PersonKind;
  name: string;
  gender: Gender;
  idNumber: string;
  /** From the ID number, YYYY-MM-DD. */
  birthDate: string;
  /** 11 digits, or '' for a student without one. */
  phone: string;
  grade: GradeCode | '';
  className: string;
  isHeadTeacher: boolean;
  studentNo: string;
}

export interface FieldError {
  field: keyof PersonInput;
  code: string;
  params?: Record<string, string | number>;
}

export type PersonInputResult = { ok: true; value: NormalizedPerson } | { ok: false; errors: FieldError[] };

const GENDER_WORDS: Record<string, Gender> = {
  m: 'M', male: 'M', 男: 'M', 男性: 'M',
  f: 'F', female: 'F', 女: 'F', 女性: 'F',
};
const STUDENT_NO = /^[A-Z0-9]{1,30}$/;

function parseGender(text: string): Gender | null {
  return GENDER_WORDS[normalizeCompact(text).toLowerCase()] ?? null;
}

export function validatePersonInput(input: PersonInput, today: Date = new Date()): PersonInputResult {
  const errors: FieldError[] = [];
  const fail = (field: keyof PersonInput, code: string, params?: Record<string, string | number>) =>
    errors.push(params ? { field, code, params } : { field, code });
  const isStudent = input.kind === 'student';

  const name = validatePersonName(input.name);
  if (!name.ok) fail('name', name.code, name.params);

  const id = validateIdNumber(input.idNumber, today);
  if (!id.ok) fail('idNumber', id.code);

  // Gender: given explicitly it must agree with the ID number; left blank it
  // is read from the ID number.
  const genderText = normalizeCell(input.gender);
  let gender: Gender | null = id.ok ? id.gender : null;
  if (genderText) {
    const typed = parseGender(genderText);
    if (!typed) fail('gender', 'person.genderInvalid');
    else if (id.ok && typed !== id.gender) fail('gender', 'person.genderMismatch', { expected: id.gender });
    else gender = typed;
  } else if (!id.ok) {
    fail('gender', 'person.genderRequired');
  }

  const phone = validatePhone(input.phone);
  const phoneRequired = !isStudent;
  if (!phone.ok && (phone.code !== 'phone.required' || phoneRequired)) fail('phone', phone.code);

  const gradeText = normalizeCompact(input.grade);
  const grade = gradeText ? parseGrade(gradeText) : null;
  if (gradeText && !grade) fail('grade', 'grade.unknown', { value: gradeText });

  const classResult = normalizeClassName(input.className);
  const className = classResult.suggestion ?? classResult.value;
  if (className && !isCanonicalClassName(className)) fail('className', 'class.unknown', { value: className });

  const isHeadTeacher = !isStudent && input.isHeadTeacher;
  // Students belong to a class; a teacher's class (taught or headed) sits in a grade too.
  const needsClass = isStudent || isHeadTeacher;
  if (!gradeText && (isStudent || className)) fail('grade', 'grade.required');
  if (!className && needsClass) fail('className', 'class.required');

  const studentNo = normalizeCompact(input.studentNo).toUpperCase();
  if (studentNo && !STUDENT_NO.test(studentNo)) fail('studentNo', 'person.studentNoInvalid', { max: 30 });

  if (errors.length > 0 || !name.ok || !id.ok || !gender) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: input.kind,
      name: name.value,
      gender,
      idNumber: id.value,
      birthDate: id.birthDate,
      phone: phone.ok ? phone.value : '',
      grade: grade ?? '',
      className,
      isHeadTeacher,
      studentNo,
    },
  };
}
