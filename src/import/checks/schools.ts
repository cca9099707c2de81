import { normalizeCompact } from '@/domain';
import { sheetFinding } from '../findings';
import { fileStem } from '../read/sheetGrade';
import type { Finding, SheetResult, TemplateKind } from '../types';
import { liveOrgs, type CheckContext, type ScopeUnit } from './context';

/** Default sheet names that say nothing about a school. */
const GENERIC_SHEET = /^(sheet|工作表|表|教师|学生)\d*$/i;

export interface SchoolResolution {
  /** Sheet index → school id. */
  bySheet: Map<number, string>;
  findings: Finding[];
}

/** The subtree's school whose name is `text`, or whose name `text` contains (longest first). */
function schoolNamed(schools: readonly ScopeUnit[], text: string, partial: boolean): ScopeUnit | undefined {
  const key = normalizeCompact(text);
  const exact = schools.find((s) => normalizeCompact(s.name) === key);
  if (exact || !partial) return exact;
  return [...schools].sort((a, b) => b.name.length - a.name.length).find((s) => key.includes(normalizeCompact(s.name)));
}

/**
 * Which school each teacher or student sheet belongs to: the school the
 * caller chose, else a teacher sheet named after a school (附件5: 一个学校
 * 一张表格), else the school named in the file name. A school name not
 * found in the administrator's subtree is reported. Without a chosen
 * school and without the subtree's units there is nothing to check against.
 */
export function resolveSchools(
  file: string,
  template: TemplateKind,
  sheets: readonly SheetResult[],
  context: CheckContext,
): SchoolResolution {
  const bySheet = new Map<number, string>();
  const findings: Finding[] = [];
  const dataSheets = sheets.filter((s) => s.template === template && s.rowCount > 0);
  if (context.schoolId) {
    for (const sheet of dataSheets) bySheet.set(sheet.index, context.schoolId);
    return { bySheet, findings };
  }
  if (!context.orgs) return { bySheet, findings };
  const schools = liveOrgs(context).filter((o) => o.kind === 'school');
  const fromFile = schoolNamed(schools, fileStem(file), true);
  for (const sheet of dataSheets) {
    const namedSheet = template === 'teacher' && !GENERIC_SHEET.test(sheet.name.trim());
    const school = (namedSheet ? schoolNamed(schools, sheet.name, false) : undefined) ?? fromFile;
    if (school) bySheet.set(sheet.index, school.id);
    else findings.push(sheetFinding(file, sheet.name, 'schoolNotFound', { name: namedSheet ? sheet.name : fileStem(file) }));
  }
  return { bySheet, findings };
}
