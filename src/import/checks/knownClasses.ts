import type { ImportCheckResult } from './checkWorkbook';
import type { KnownClass } from './context';

/**
 * The classes a checked teacher file names, to pass as `knownClasses`
 * when checking the students: 班级格式需与导入教师账号模板中填写一致.
 * Only valid rows count; a misspelt teacher row would teach the wrong spelling.
 */
export function knownClassesOf(teachers: ImportCheckResult): KnownClass[] {
  const schoolBySheet = new Map(teachers.sheets.map((s) => [s.index, s.schoolId]));
  const seen = new Set<string>();
  const classes: KnownClass[] = [];
  for (const row of teachers.rows) {
    if (row.record?.type !== 'person' || !row.record.value.grade || !row.record.value.className) continue;
    const { grade, className } = row.record.value;
    const schoolId = schoolBySheet.get(row.sheetIndex) ?? undefined;
    const key = `${schoolId ?? ''}|${grade}|${className}`;
    if (seen.has(key)) continue;
    seen.add(key);
    classes.push(schoolId ? { schoolId, grade, className } : { grade, className });
  }
  return classes;
}
