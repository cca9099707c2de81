import type { GradeCode } from '@/domain/roster/grades';
import { normalizeIdNumber, validateIdNumber } from '@/domain/roster/idNumber';
import { normalizeCompact } from '@/domain/roster/normalizeText';
import { validatePersonInput, type FieldError, type PersonInput } from '@/domain/roster/personInput';
import { normalizePersonName } from '@/domain/roster/personName';
import { normalizePhone } from '@/domain/roster/phone';
import type { Gender, PersonKind } from '@/domain/schemas';

/**
 * The person form edits a `PersonInput`, the very object the repository
 * writes and the domain validates. All rules are the domain's: this file
 * only wires form fields to them.
 */
export function emptyInput(kind: PersonKind, defaults: { schoolId?: string; grade?: GradeCode | ''; classId?: string }): PersonInput {
  return {
    kind,
    schoolId: defaults.schoolId ?? '',
    classId: defaults.classId ?? '',
    grade: defaults.grade ?? '',
    name: '',
    gender: '',
    idNumber: '',
    phone: '',
    isHeadTeacher: false,
    studentNo: '',
  };
}

/**
 * Fold what was typed into its stored spelling when a field loses focus:
 * full-width digits and letters, stray and ideographic spaces, a lower-case
 * x, +86 in front of a phone. Shown back to the person, so they see what
 * will be saved.
 */
export function normalizeField(model: PersonInput, field: 'name' | 'idNumber' | 'phone' | 'studentNo'): void {
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

/**
 * The gender to show once the ID number changed: read from a valid number
 * only while the person has not chosen one themselves. A gender they chose
 * (or one loaded with the record) is never overwritten: if the number
 * disagrees, validation says so on the gender field. null: leave it as is.
 */
export function genderToFillIn(idNumber: string, genderChosen: boolean): Gender | null {
  if (genderChosen) return null;
  const result = validateIdNumber(idNumber);
  return result.ok ? result.gender : null;
}

/** The domain's verdict on the form as it stands, for errors shown while typing. */
export function formErrors(model: PersonInput): FieldError[] {
  const result = validatePersonInput(model);
  return result.ok ? [] : result.errors;
}
