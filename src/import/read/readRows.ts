import type { CellObject } from 'xlsx';
import { TEMPLATES } from '../templates';
import type { ColumnRef, ParsedRow, RowValues, TemplateKind } from '../types';
import { fieldText, idNumberCell, rawText } from './cells';

type Row = readonly (CellObject | undefined)[] | undefined;

export interface ReadRowsInput {
  template: TemplateKind;
  sheet: string;
  sheetIndex: number;
  rows: readonly Row[];
  headerIndex: number;
  columns: readonly ColumnRef[];
}

/**
 * A row repeating the header (pasted blocks often bring their own header).
 * Compared as written: a cheap test on every row of a 10,000-row sheet.
 */
function isHeaderRepeat(row: Row, columns: readonly ColumnRef[]): boolean {
  if (!row) return false;
  let repeats = 0;
  for (const c of columns) if (rawText(row[c.index]).trim() === c.header) repeats++;
  return repeats >= 2;
}

/**
 * The data rows under the header, normalised. Fully blank rows (and rows
 * where only 序号 is filled) are skipped; row numbers are Excel's.
 */
export function readRows(input: ReadRowsInput, onRow?: () => void): ParsedRow[] {
  const ignorable = new Set(TEMPLATES[input.template].columns.filter((c) => c.ignorable).map((c) => c.field));
  const result: ParsedRow[] = [];
  for (let r = input.headerIndex + 1; r < input.rows.length; r++) {
    onRow?.();
    const row = input.rows[r];
    if (!row || isHeaderRepeat(row, input.columns)) continue;
    const values: RowValues = {};
    let filled = false;
    let idStoredAsNumber = false;
    for (const column of input.columns) {
      const cell = row[column.index];
      let text: string;
      if (column.field === 'idNumber') {
        const id = idNumberCell(cell);
        text = id.value;
        idStoredAsNumber = id.storedAsNumber;
      } else {
        text = fieldText(column.field, cell);
      }
      values[column.field] = text;
      if (text && !ignorable.has(column.field)) filled = true;
    }
    if (!filled) continue;
    const rowNumber = r + 1;
    result.push({ key: `${input.sheetIndex}:${rowNumber}`, sheet: input.sheet, sheetIndex: input.sheetIndex, row: rowNumber, values, idStoredAsNumber });
  }
  return result;
}
