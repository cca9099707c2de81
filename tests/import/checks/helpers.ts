import { checkFile, type CheckFileOptions } from '@/import/checkFile';
import type { Finding } from '@/import/types';
import { TODAY } from '../helpers/fixtures';
import { STUDENT_HEADER, TEACHER_HEADER, xlsxBytes, type Cell } from '../helpers/workbooks';

/** Check student rows (header in row 1, data from row 2) and return the findings as [row, column, code]. */
export function studentFindings(rows: Cell[][], options: CheckFileOptions = {}): [number | null, string | null, string][] {
  return brief(checkStudents(rows, options).findings);
}

export function checkStudents(rows: Cell[][], options: CheckFileOptions = {}) {
  return checkFile(xlsxBytes({ 四年级: [STUDENT_HEADER, ...rows] }), 'students.xlsx', { template: 'student', ...options, context: { today: TODAY, ...options.context } });
}

export function checkTeachers(rows: Cell[][], options: CheckFileOptions = {}) {
  return checkFile(xlsxBytes({ Sheet1: [TEACHER_HEADER, ...rows] }), 'teachers.xlsx', { template: 'teacher', ...options, context: { today: TODAY, ...options.context } });
}

export function brief(findings: readonly Finding[]): [number | null, string | null, string][] {
  return findings.map((f) => [f.row, f.column, f.code]);
}
