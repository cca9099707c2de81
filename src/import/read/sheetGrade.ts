import { parseGrade, type GradeCode } from '@/domain';

/** Separators people put between the parts of sheet and file names. */
const PARTS = /[-_—–~·\s()（）[\]【】.,，、]+/;

/**
 * The grade a name stands for: the whole name (一年级, 初一, 七年级) or one
 * of its parts ("学生账号导入-某小学-三年级-libreoffice"). Spelling rules are
 * parseGrade's; this only splits the name.
 */
export function gradeFromName(name: string): GradeCode | null {
  const whole = parseGrade(name);
  if (whole) return whole;
  for (const part of name.split(PARTS)) {
    const grade = part ? parseGrade(part) : null;
    if (grade) return grade;
  }
  return null;
}

/** A file name without its extension. */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '');
}
