import type { CellObject, WorkBook } from 'xlsx';
import type { GradeCode } from '@/domain';
import { fileFinding, sheetFinding } from '../findings';
import { progressCounter, type ProgressCallback } from '../progress';
import { TEMPLATES } from '../templates';
import type { Finding, GradeSource, ParsedRow, SheetResult, TemplateKind } from '../types';
import { findHeader, type HeaderMatch } from './findHeader';
import { openWorkbook } from './openWorkbook';
import { readRows } from './readRows';
import { fileStem, gradeFromName } from './sheetGrade';

export interface ParseOptions {
  /** The import the user chose; sheets in another template are reported, not read. */
  template?: TemplateKind;
  /** Student sheets whose name is not a grade: the grade the user picked, by sheet name. */
  gradeBySheet?: Readonly<Record<string, GradeCode>>;
}

/** A workbook read into normalised rows, before the checks. */
export interface ParsedWorkbook {
  file: string;
  /** The template the caller asked for, if any. */
  expected: TemplateKind | null;
  /** The template the rows were read as: the expected one, or the one detected. */
  template: TemplateKind | null;
  sheets: SheetResult[];
  rows: ParsedRow[];
  /** Findings about the file and its sheets (unreadable, wrong template, grade unknown …). */
  findings: Finding[];
}

type Rows = readonly (readonly (CellObject | undefined)[] | undefined)[];

function isHidden(workbook: WorkBook, index: number): boolean {
  return Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden);
}

function isBlank(rows: Rows): boolean {
  return rows.every((row) => !row || row.every((cell) => cell === undefined || cell.v === undefined || cell.v === ''));
}

/**
 * The reading of a sheet's header to use: the expected template when it
 * is the best reading (ties allowed), otherwise the best one — which the
 * caller reports as a wrong template when a template was expected.
 */
function chooseMatch(matches: readonly HeaderMatch[], expected: TemplateKind | null): HeaderMatch | undefined {
  const best = matches[0];
  if (!best || !expected) return best;
  const mine = matches.find((m) => m.template === expected);
  return mine && mine.columns.length === best.columns.length && (mine.missing.length === 0 || best.missing.length > 0) ? mine : best;
}

function emptySheet(name: string, index: number, skipped: SheetResult['skipped']): SheetResult {
  return { name, index, template: null, headerRow: null, columns: [], grade: null, gradeSource: null, schoolId: null, rowCount: 0, skipped };
}

/**
 * Bytes → rows. Finds the header row of every visible sheet, detects the
 * template, reads student sheets as grades, and reports what makes a file
 * or sheet unreadable. Never throws on bad data.
 */
export function parseWorkbook(
  data: Uint8Array | ArrayBuffer,
  file: string,
  options: ParseOptions = {},
  onProgress?: ProgressCallback,
): ParsedWorkbook {
  const expected = options.template ?? null;
  const result: ParsedWorkbook = { file, expected, template: expected, sheets: [], rows: [], findings: [] };
  const opened = openWorkbook(data instanceof Uint8Array ? data : new Uint8Array(data));
  if (!opened.ok) {
    result.findings.push(fileFinding(file, opened.code, opened.params));
    return result;
  }
  const { workbook } = opened;
  const sheetRows = workbook.SheetNames.map((name) => (workbook.Sheets[name]?.['!data'] ?? []) as Rows);
  const progress = progressCounter('read', sheetRows.reduce((n, rows) => n + rows.length, 0), onProgress);

  const dataSheets: { sheet: SheetResult; rows: Rows; match: HeaderMatch }[] = [];
  workbook.SheetNames.forEach((name, index) => {
    const rows = sheetRows[index] ?? [];
    if (isHidden(workbook, index)) return void result.sheets.push(emptySheet(name, index, 'hidden'));
    if (isBlank(rows)) return void result.sheets.push(emptySheet(name, index, 'blank'));
    const match = chooseMatch(findHeader(rows), expected);
    if (!match) return void result.sheets.push(emptySheet(name, index, 'noHeader'));
    const sheet: SheetResult = {
      ...emptySheet(name, index, null),
      template: match.template,
      headerRow: match.rowIndex + 1,
      columns: match.columns,
    };
    result.sheets.push(sheet);
    dataSheets.push({ sheet, rows, match });
  });

  if (dataSheets.length === 0) {
    const anyContent = result.sheets.some((s) => s.skipped === 'noHeader');
    result.findings.push(fileFinding(file, anyContent ? 'noHeader' : 'noData'));
    return result;
  }

  // Without an expected template, the first data sheet's template is the file's.
  const template = expected ?? dataSheets[0]?.match.template ?? null;
  result.template = template;
  for (const { sheet, rows, match } of dataSheets) {
    if (match.template !== template) {
      result.findings.push(sheetFinding(file, sheet.name, 'templateWrong', { expected: template ?? '', actual: match.template }));
      continue;
    }
    if (match.missing.length > 0) {
      for (const header of match.missing) result.findings.push(sheetFinding(file, sheet.name, 'columnMissing', { header }));
      continue;
    }
    const rowsRead = readRows(
      { template: match.template, sheet: sheet.name, sheetIndex: sheet.index, rows, headerIndex: match.rowIndex, columns: match.columns },
      progress.tick,
    );
    sheet.rowCount = rowsRead.length;
    for (const row of rowsRead) result.rows.push(row);
  }

  if (template && TEMPLATES[template].sheetsAreGrades) assignGrades(result, options, dataSheets.length);
  if (result.rows.length === 0 && result.findings.length === 0) result.findings.push(fileFinding(file, 'noData'));
  progress.finish();
  return result;
}

/** Student sheets: sheet name → grade, else the file name (one sheet only), else the caller's choice. */
function assignGrades(result: ParsedWorkbook, options: ParseOptions, dataSheetCount: number): void {
  for (const sheet of result.sheets) {
    if (sheet.template !== result.template || sheet.rowCount === 0) continue;
    const chosen = options.gradeBySheet?.[sheet.name];
    const fromSheet = gradeFromName(sheet.name);
    const fromFile = dataSheetCount === 1 ? gradeFromName(fileStem(result.file)) : null;
    const [grade, source]: [GradeCode | null, GradeSource | null] = chosen
      ? [chosen, 'option']
      : fromSheet
        ? [fromSheet, 'sheetName']
        : fromFile
          ? [fromFile, 'fileName']
          : [null, null];
    sheet.grade = grade;
    sheet.gradeSource = source;
    if (!grade) result.findings.push(sheetFinding(result.file, sheet.name, 'gradeUnknown', { sheet: sheet.name }));
  }
}
