import type { ImportCheckResult } from '../checks/checkWorkbook';
import { formatFinding, type ImportMessages } from '../formatFinding';
import { TEMPLATES } from '../templates';
import type { Finding } from '../types';
import { rowCells } from './exportRoster';
import { writeLayoutWorkbook, type LayoutSheet } from './layout';

export const ERROR_COLUMN = '错误说明';

/**
 * The faulty rows of a checked file in its own template and sheet names
 * (so student sheets still read as their grades), with a 错误说明 column
 * saying what to fix. The extra column is ignored on re-import.
 */
export function errorSheets(result: ImportCheckResult, messages: ImportMessages): LayoutSheet[] {
  const { template } = result;
  if (!template) return [];
  const def = TEMPLATES[template];
  const rowFindings = new Map<string, Finding[]>();
  const sheetFindings = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (finding.sheet === null) continue;
    const map = finding.row === null ? sheetFindings : rowFindings;
    const key = finding.row === null ? finding.sheet : `${finding.sheet}\u0000${finding.row}`;
    map.set(key, [...(map.get(key) ?? []), finding]);
  }
  const fileFindings = result.findings.filter((f) => f.sheet === null);
  return result.sheets.flatMap((sheet) => {
    const faulty = result.rows.filter((r) => r.sheetIndex === sheet.index && r.faulty);
    if (faulty.length === 0) return [];
    const rows = faulty.map((row) => {
      const findings = [...fileFindings, ...(sheetFindings.get(sheet.name) ?? []), ...(rowFindings.get(`${row.sheet}\u0000${row.row}`) ?? [])];
      return [...rowCells(template, row.values), findings.map((f) => formatFinding(f, messages)).join('\n')];
    });
    return [{ name: sheet.name, title: def.title, instructions: def.instructions, columns: def.columns, rows, extraColumns: [{ header: ERROR_COLUMN, width: 60 }] }];
  });
}

/** The error workbook to download, or null when no row is faulty. */
export function writeErrorWorkbook(result: ImportCheckResult, messages: ImportMessages): Uint8Array | null {
  const sheets = errorSheets(result, messages);
  return sheets.length > 0 ? writeLayoutWorkbook(sheets) : null;
}
