import { parseGrade, type GradeCode } from '@/domain';
import type { Issue } from './issue';

export type GradeCheck = { issues: Issue[]; value: GradeCode | null };

/** A teacher's 年级 cell in any spelling parseGrade knows (七年级 ≡ 初一). */
export function checkGrade(text: string): GradeCheck {
  if (!text) return { issues: [], value: null };
  const value = parseGrade(text);
  return value ? { issues: [], value } : { issues: [{ field: 'grade', code: 'gradeInvalid', params: { value: text } }], value: null };
}
