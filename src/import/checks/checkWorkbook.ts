import { columnLookup, rowFindings, type RowFindingFactory } from '../findings';
import { progressCounter, type ProgressCallback } from '../progress';
import type { ParsedWorkbook } from '../read/parseWorkbook';
import type { Finding, ParsedRow, SheetResult, TemplateKind } from '../types';
import { type BureauRecord, checkBureauRow } from './bureauRow';
import { checkClassMismatch } from './classMismatch';
import { liveOrgs, type CheckContext, type ScopeUnit } from './context';
import { checkDuplicateIds } from './duplicates';
import { checkIdInDatabase } from './idInDatabase';
import type { Issue, RowIssue } from './issue';
import { checkPersonRow, memoClassNameIssues, type PersonRecord } from './personRow';
import { RowCollector } from './rowCollector';
import { checkSchoolGroups } from './schoolGroups';
import { type SchoolRecord, checkSchoolRow } from './schoolRow';
import { resolveSchools } from './schools';

/** What a valid row means, by template. */
export type RowRecord =
  | { type: 'person'; value: PersonRecord }
  | { type: 'school'; value: SchoolRecord }
  | { type: 'bureau'; value: BureauRecord };

export interface CheckedRow extends ParsedRow {
  /** The row, its sheet or the file has a finding: it cannot be imported as it is. */
  faulty: boolean;
  /** The interpreted row; null when faulty. */
  record: RowRecord | null;
}

/** Everything the preview shows and the plan needs; plain data (crosses the worker boundary). */
export interface ImportCheckResult extends Omit<ParsedWorkbook, 'rows'> {
  rows: CheckedRow[];
  counts: { rows: number; faulty: number; findings: number };
  /** What reading the file found (file and sheet level), kept so corrected rows can be checked again from here. */
  parseFindings?: Finding[];
}

interface RowOutcome {
  issues: Issue[];
  record: RowRecord | null;
  validId: string | null;
}

interface RowCheckTools {
  units: readonly ScopeUnit[] | null;
  today: Date;
  classIssues: (text: string) => Issue[];
}

function checkRow(template: TemplateKind, row: ParsedRow, sheet: SheetResult | undefined, tools: RowCheckTools): RowOutcome {
  const { units, today } = tools;
  switch (template) {
    case 'teacher':
    case 'student': {
      const result = checkPersonRow(template, row, sheet?.grade ?? null, today, tools.classIssues);
      return { issues: result.issues, record: result.record && { type: 'person', value: result.record }, validId: result.validId };
    }
    case 'school': {
      const result = checkSchoolRow(row, units);
      return { issues: result.issues, record: result.record && { type: 'school', value: result.record }, validId: null };
    }
    case 'bureau': {
      const result = checkBureauRow(row, units);
      return { issues: result.issues, record: result.record && { type: 'bureau', value: result.record }, validId: null };
    }
  }
}

/**
 * Class names that count as existing in a school: its classes in the
 * subtree plus the caller's extra ones (a known class without a school
 * belongs to the import's school, or to every school when there is none).
 */
function classNamesBySchool(context: CheckContext): (schoolId: string | null) => readonly string[] {
  const bySchool = new Map<string, Set<string>>();
  const everywhere: string[] = [];
  const add = (schoolId: string, name: string) => bySchool.set(schoolId, (bySchool.get(schoolId) ?? new Set()).add(name));
  for (const org of liveOrgs(context)) if (org.kind === 'class' && org.classInfo) add(org.parentId, org.classInfo.className);
  for (const known of context.knownClasses ?? []) {
    const schoolId = known.schoolId ?? context.schoolId;
    if (schoolId) add(schoolId, known.className);
    else everywhere.push(known.className);
  }
  const cache = new Map<string, readonly string[]>();
  return (schoolId) => {
    const key = schoolId ?? '';
    let names = cache.get(key);
    if (!names) cache.set(key, (names = [...new Set([...(bySchool.get(key) ?? []), ...everywhere])]));
    return names;
  };
}

/** Sort findings as a person reads the file: file first, then sheet by sheet, row by row, left to right. */
function byPosition(sheetOrder: ReadonlyMap<string, number>) {
  return (a: Finding, b: Finding): number =>
    (a.sheet === null ? -1 : (sheetOrder.get(a.sheet) ?? 0)) - (b.sheet === null ? -1 : (sheetOrder.get(b.sheet) ?? 0)) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? '').length - (b.column ?? '').length ||
    (a.column ?? '').localeCompare(b.column ?? '');
}

/**
 * Run every check over a parsed workbook. Pure and synchronous: the
 * caller passes what it knows of the database as plain data (context).
 */
export function checkWorkbook(parsed: ParsedWorkbook, context: CheckContext = {}, onProgress?: ProgressCallback): ImportCheckResult {
  const { file, template } = parsed;
  const today = context.today ?? new Date();
  const findings: Finding[] = [...parsed.findings];
  const sheets = parsed.sheets.map((s) => ({ ...s }));
  const sheetByIndex = new Map(sheets.map((s) => [s.index, s]));
  const make: RowFindingFactory = rowFindings(file, columnLookup(sheets));
  const progress = progressCounter('check', parsed.rows.length, onProgress);

  const isPerson = template === 'teacher' || template === 'student';
  if (template && isPerson) {
    const schools = resolveSchools(file, template, sheets, context);
    findings.push(...schools.findings);
    for (const [index, schoolId] of schools.bySheet) {
      const sheet = sheetByIndex.get(index);
      if (sheet) sheet.schoolId = schoolId;
    }
  }

  const tools: RowCheckTools = { units: context.orgs ? liveOrgs(context) : null, today, classIssues: memoClassNameIssues() };
  const collectors = new Map<string, RowCollector>();
  const records = new Map<string, RowRecord>();
  const validIds = new Map<string, string>();
  for (const row of parsed.rows) {
    const collector = new RowCollector(row, make);
    collectors.set(row.key, collector);
    if (template) {
      const outcome = checkRow(template, row, sheetByIndex.get(row.sheetIndex), tools);
      for (const issue of outcome.issues) collector.add(issue.field, issue.code, issue.params);
      if (outcome.record) records.set(row.key, outcome.record);
      if (outcome.validId) validIds.set(row.key, outcome.validId);
    }
    progress.tick();
  }

  // Checks across rows, and against the database, on cells that passed their own checks.
  const crossRow: RowIssue[] = [];
  if (template && isPerson) {
    const schoolOf = (row: ParsedRow) => sheetByIndex.get(row.sheetIndex)?.schoolId ?? null;
    const namesOf = classNamesBySchool(context);
    crossRow.push(...checkDuplicateIds(parsed.rows, validIds));
    crossRow.push(...checkIdInDatabase(parsed.rows, validIds, template, schoolOf, context.idHolders));
    const classRows = parsed.rows.filter((row) => !collectors.get(row.key)?.has('className'));
    crossRow.push(...checkClassMismatch(classRows, (row) => namesOf(schoolOf(row))));
  }
  if (template === 'school') crossRow.push(...checkSchoolGroups(parsed.rows));
  for (const { row, field, code, params } of crossRow) collectors.get(row.key)?.add(field, code, params);

  const blockedSheets = new Set(findings.filter((f) => f.sheet !== null && f.row === null).map((f) => f.sheet));
  const fileBlocked = findings.some((f) => f.sheet === null);
  const rows: CheckedRow[] = parsed.rows.map((row) => {
    const rowFindings = collectors.get(row.key)?.findings() ?? [];
    findings.push(...rowFindings);
    const faulty = fileBlocked || blockedSheets.has(row.sheet) || rowFindings.length > 0;
    return { ...row, faulty, record: faulty ? null : (records.get(row.key) ?? null) };
  });
  progress.finish();

  findings.sort(byPosition(new Map(sheets.map((s) => [s.name, s.index]))));
  return {
    file,
    expected: parsed.expected,
    template,
    sheets,
    rows,
    findings,
    counts: { rows: rows.length, faulty: rows.filter((r) => r.faulty).length, findings: findings.length },
    parseFindings: parsed.findings,
  };
}
