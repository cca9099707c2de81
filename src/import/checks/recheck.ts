import type { ParsedRow, RowValues } from '../types';
import { checkWorkbook, type ImportCheckResult } from './checkWorkbook';
import type { CheckContext } from './context';

/** Corrected cell texts, by row key (only the fields the user changed need be given). */
export type RowCorrections = Readonly<Record<string, RowValues>>;

/**
 * The checked file again with some rows corrected in the preview: every
 * check runs as on the file itself (row checks, duplicates across rows,
 * ID numbers already in the database, class names) — correcting one row
 * can clear or raise a finding on another (a duplicate ID number).
 * An ID number typed in the dialog is text, whatever the cell was.
 */
export function recheckWithCorrections(result: ImportCheckResult, corrections: RowCorrections, context: CheckContext = {}): ImportCheckResult {
  const rows: ParsedRow[] = result.rows.map((checked) => {
    const { key, sheet, sheetIndex, row, values, idStoredAsNumber } = checked;
    const fix = corrections[key];
    if (!fix) return { key, sheet, sheetIndex, row, values, idStoredAsNumber };
    const idRetyped = fix.idNumber !== undefined && fix.idNumber !== values.idNumber;
    return { key, sheet, sheetIndex, row, values: { ...values, ...fix }, idStoredAsNumber: idStoredAsNumber && !idRetyped };
  });
  // Before parseFindings was kept: the file- and sheet-level findings are what reading found.
  const parseFindings = result.parseFindings ?? result.findings.filter((f) => f.row === null);
  return checkWorkbook({ file: result.file, expected: result.expected, template: result.template, sheets: result.sheets, rows, findings: parseFindings }, context);
}
