import type { PersonWrite } from '@/db/repositories/people';
import { GRADE_LABELS, type GradeCode } from '@/domain/roster/grades';
import { normalizeIdNumber, validateIdNumber } from '@/domain/roster/idNumber';
import { normalizeCompact } from '@/domain/roster/normalizeText';
import { validatePersonInput, type FieldError, type PersonInput } from '@/domain/roster/personInput';
import { normalizePersonName } from '@/domain/roster/personName';
import { normalizePhone } from '@/domain/roster/phone';
import type { Gender, IdentityDoc, OrgDoc, PersonDoc, PersonKind } from '@/domain/schemas';

/**
 * The person form's state and its mapping to and from the repository.
 * All rules are the domain's: this file only wires form fields to them.
 */
export interface PersonFormModel {
  schoolId: string;
  grade: GradeCode | '';
  classId: string;
  name: string;
  gender: Gender | '';
  idNumber: string;
  phone: string;
  isHeadTeacher: boolean;
  studentNo: string;
}

/** Form fields that can carry an error: the domain's plus the school picker. */
export type FormField = keyof PersonInput | 'schoolId';

export function emptyModel(defaults: Partial<Pick<PersonFormModel, 'schoolId' | 'grade' | 'classId'>>): PersonFormModel {
  return {
    schoolId: defaults.schoolId ?? '',
    grade: defaults.grade ?? '',
    classId: defaults.classId ?? '',
    name: '',
    gender: '',
    idNumber: '',
    phone: '',
    isHeadTeacher: false,
    studentNo: '',
  };
}

export function modelFromPerson(person: PersonDoc, identity: IdentityDoc | null): PersonFormModel {
  return {
    schoolId: person.schoolId,
    grade: person.grade,
    classId: person.classId,
    name: person.name,
    gender: person.gender,
    idNumber: identity?.idNumber ?? '',
    phone: identity?.phone ?? '',
    isHeadTeacher: person.isHeadTeacher,
    studentNo: identity?.studentNo ?? '',
  };
}

export function toWrite(kind: PersonKind, model: PersonFormModel): PersonWrite {
  return { kind, ...model };
}

/**
 * Fold what was typed into its stored spelling when a field loses focus:
 * full-width digits and letters, stray and ideographic spaces, a lower-case
 * x, +86 in front of a phone. Shown back to the person, so they see what
 * will be saved.
 */
export function normalizeField(model: PersonFormModel, field: 'name' | 'idNumber' | 'phone' | 'studentNo'): void {
  switch (field) {
    case 'name':
      model.name = normalizePersonName(model.name);
      break;
    case 'idNumber':
      model.idNumber = normalizeIdNumber(model.idNumber);
      break;
    case 'phone':
      model.phone = normalizePhone(model.phone);
      break;
    case 'studentNo':
      model.studentNo = normalizeCompact(model.studentNo).toUpperCase();
      break;
  }
}

/** The gender a valid ID number encodes, or null while it is not valid. */
export function genderFromId(idNumber: string): Gender | null {
  const result = validateIdNumber(idNumber);
  return result.ok ? result.gender : null;
}

/** The domain's verdict on the form as it stands, for errors shown while typing. */
export function formErrors(kind: PersonKind, model: PersonFormModel, classUnit: OrgDoc | null): FieldError[] {
  const info = classUnit?.classInfo;
  const grade = info?.grade ?? model.grade;
  const result = validatePersonInput({
    ...model,
    kind,
    grade: grade ? GRADE_LABELS[grade] : '',
    className: info?.className ?? '',
  });
  return result.ok ? [] : result.errors;
}
