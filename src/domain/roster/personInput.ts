import { pick } from '../pick';
import type { Gender, IdentityDoc, PersonDoc, PersonKind } from '../schemas';
import type { GradeCode } from './grades';
import { validateIdNumber } from './idNumber';
import { normalizeCompact } from './normalizeText';
import { validatePhone } from './phone';
import { placementErrors } from './placementRules';
import { validatePersonName } from './personName';

/**
 * A teacher or student on the way in: what the form edits, what the
 * repository writes and what this module validates — one shape. School and
 * class are ids of units that exist (forms offer only those), the grade is
 * a code; name, ID number, phone and student number are text as typed.
 */
export interface PersonInput {
  kind: PersonKind;
  schoolId: string;
  /** Student's class (required), or the class a teacher teaches or heads ('' for none). */
  classId: string;
  /** The class's grade, or a teacher's grade without a class (任教年级). */
  grade: GradeCode | '';
  name: string;
  /** '' until chosen; then it is read from the ID number. */
  gender: Gender | '';
  idNumber: string;
  phone: string;
  isHeadTeacher: boolean; // 班主任
  studentNo: string; // 学籍号
}

/** A valid input in its stored spelling, with the gender settled. */
export interface NormalizedPerson extends Omit<PersonInput, 'gender'> {
  gender: Gender;
}

export interface FieldError {
  field: keyof PersonInput;
  code: string;
  params?: Record<string, string | number>;
}

export type PersonInputResult = { ok: true; value: NormalizedPerson } | { ok: false; errors: FieldError[] };

const STUDENT_NO = /^[A-Z0-9]{1,30}$/;

/** 学籍号 in its stored form: letters (upper-case) and digits, at most 30. */
export function isValidStudentNo(value: string): boolean {
  return STUDENT_NO.test(value);
}

/** The input a stored record stands for (what an edit form starts from). */
export function personInputOf(person: PersonDoc, identity: IdentityDoc | null): PersonInput {
  return {
    ...pick(person, ['kind', 'schoolId', 'classId', 'grade', 'name', 'gender', 'isHeadTeacher']),
    // The identity is kept apart (sensitive); without one the fields start empty.
    idNumber: identity?.idNumber ?? '',
    phone: identity?.phone ?? '',
    studentNo: identity?.studentNo ?? '',
  };
}

/**
 * The one validation of a person on the client: the form shows its errors
 * while typing and the repository refuses to write without it. The result
 * is the normalised record or a list of field errors whose `code` is an
 * i18n key (with `params`); at most one error per field, the first rule
 * that fails, in the order a person would fix them.
 */
export function validatePersonInput(input: PersonInput, today: Date = new Date()): PersonInputResult {
  const errors: FieldError[] = [];
  const fail = (field: keyof PersonInput, code: string, params?: Record<string, string | number>) =>
    errors.push(params ? { field, code, params } : { field, code });

  const name = validatePersonName(input.name);
  if (!name.ok) fail('name', name.code, name.params);

  const id = validateIdNumber(input.idNumber, today);
  if (!id.ok) fail('idNumber', id.code);

  // Gender: chosen, it must agree with the ID number; not chosen, it is
  // read from the ID number. Never overridden: a disagreement is an error.
  const gender = input.gender || (id.ok ? id.gender : null);
  if (!gender) fail('gender', 'person.genderRequired');
  else if (id.ok && gender !== id.gender) fail('gender', 'person.genderMismatch', { expected: id.gender });

  const phone = validatePhone(input.phone);
  const phoneRequired = input.kind === 'teacher';
  if (!phone.ok && (phone.code !== 'phone.required' || phoneRequired)) fail('phone', phone.code);

  errors.push(...placementErrors(input));

  const studentNo = normalizeCompact(input.studentNo).toUpperCase();
  if (studentNo && !isValidStudentNo(studentNo)) fail('studentNo', 'person.studentNoInvalid', { max: 30 });

  if (errors.length > 0 || !name.ok || !id.ok || !gender) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      name: name.value,
      gender,
      idNumber: id.value,
      phone: phone.ok ? phone.value : '',
      isHeadTeacher: input.kind === 'teacher' && input.isHeadTeacher,
      studentNo,
    },
  };
}
