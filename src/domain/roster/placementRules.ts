import type { PersonKind } from '../schemas';
import type { GradeCode } from './grades';
import type { FieldError } from './personInput';

/**
 * Where a person sits: school, class and grade. The same rules hold for
 * what a form submits (`validatePersonInput`) and for the stored document
 * the server checks (`checkPersonDoc`).
 */
export interface PlacementFacts {
  kind: PersonKind;
  schoolId: string;
  classId: string;
  grade: GradeCode | '';
  isHeadTeacher: boolean;
}

export function placementErrors(p: PlacementFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (!p.schoolId) errors.push({ field: 'schoolId', code: 'person.schoolRequired' });
  const isStudent = p.kind === 'student';
  // A student is always in a grade; so is any class a teacher teaches or heads.
  if (!p.grade && (isStudent || p.classId)) errors.push({ field: 'grade', code: 'grade.required' });
  // Students belong to a class, and a head teacher (班主任) heads one.
  if (!p.classId && (isStudent || (p.kind === 'teacher' && p.isHeadTeacher))) {
    errors.push({ field: 'classId', code: 'class.required' });
  }
  return errors;
}
