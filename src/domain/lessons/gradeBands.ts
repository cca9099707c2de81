import type { GradeCode } from '../roster/grades';
import { vocabulary } from '../vocabulary';

/**
 * Grade bands a lesson is written for. Lessons are worded per band (short
 * sentences and concrete actions for lower primary, more reasoning for
 * secondary), so a lesson lists the bands it suits rather than grades.
 */
const BANDS = vocabulary([
  ['lower_primary', '小学低年级（1–3年级）'],
  ['upper_primary', '小学高年级（4–6年级）'],
  ['junior', '初中（7–9年级）'],
  ['senior', '高中（10–12年级）'],
]);
export const GRADE_BANDS = BANDS.codes;
export type GradeBand = (typeof GRADE_BANDS)[number];
export const GRADE_BAND_LABELS = BANDS.labels;

export const GRADE_BAND_GRADES: Record<GradeBand, readonly GradeCode[]> = {
  lower_primary: ['P1', 'P2', 'P3'],
  upper_primary: ['P4', 'P5', 'P6'],
  junior: ['J1', 'J2', 'J3'],
  senior: ['S1', 'S2', 'S3'],
};

const BAND_OF_GRADE = new Map<GradeCode, GradeBand>(
  GRADE_BANDS.flatMap((band) => GRADE_BAND_GRADES[band].map((grade) => [grade, band] as const)),
);

export function gradeBandOf(grade: GradeCode): GradeBand {
  const band = BAND_OF_GRADE.get(grade);
  // Unreachable while every grade code sits in exactly one band (tested).
  if (!band) throw new Error(`grade ${grade} has no band`);
  return band;
}

/** True when content written for `bands` suits `grade`; no bands means every grade. */
export function bandsInclude(bands: readonly GradeBand[], grade: GradeCode): boolean {
  return bands.length === 0 || bands.includes(gradeBandOf(grade));
}
