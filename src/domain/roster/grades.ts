import { vocabulary } from '../vocabulary';

/**
 * Canonical grade codes. Stored on classes and people; the many spellings
 * users type (七年级 ≡ 初一, full-width digits, "3年级") are folded into
 * these by `parseGrade` in `gradeNames.ts`.
 */
// Labels: the template's own spelling of each grade (附件5/6).
const GRADES = vocabulary([
  ['P1', '一年级'],
  ['P2', '二年级'],
  ['P3', '三年级'],
  ['P4', '四年级'],
  ['P5', '五年级'],
  ['P6', '六年级'],
  ['J1', '初一'],
  ['J2', '初二'],
  ['J3', '初三'],
  ['S1', '高一'],
  ['S2', '高二'],
  ['S3', '高三'],
]);
export const GRADE_CODES = GRADES.codes;
export type GradeCode = (typeof GRADE_CODES)[number];
export const GRADE_LABELS = GRADES.labels;

export function gradeOrder(code: GradeCode): number {
  return GRADE_CODES.indexOf(code);
}
