import { utils, write, type CellObject, type WorkSheet } from 'xlsx';
import type { ColumnDef } from '../templates';
import { patchXlsx, type CellStyle, type SheetPatch } from './xlsxPatch';

/** Row 1 title, row 2 instructions, row 3 headers, data from row 4 (the notice's layout). */
export const DATA_START_ROW = 4;
/** Drop-downs and text format reach this many rows below the data, for rows people add. */
const SPARE_ROWS = 1000;
/** Excel's limit on sheet names, and the characters it forbids in them. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

export interface ExtraColumn {
  header: string;
  width: number;
}

export interface LayoutSheet {
  name: string;
  title: string;
  instructions: string;
  columns: readonly ColumnDef[];
  /** Cell texts in column order (lead columns first, extra columns last). */
  rows: readonly (readonly string[])[];
  /** Columns before the template's, e.g. the unit path (学校, 乡镇) of an export above school level. */
  leadColumns?: readonly ExtraColumn[];
  /** Columns after the template's, e.g. 错误说明 in the error workbook. */
  extraColumns?: readonly ExtraColumn[];
}

export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(SHEET_NAME_FORBIDDEN, '').slice(0, SHEET_NAME_MAX) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 1)}-${n}`;
  return candidate;
}

/** Lines the wrapped instructions take in the merged row 2: Han and full-width characters are two columns wide. */
function wrappedLines(text: string, lineWidth: number): number {
  return text.split('\n').reduce((lines, line) => {
    const width = Array.from(line).reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    return lines + Math.max(1, Math.ceil(width / Math.max(lineWidth, 1)));
  }, 0);
}

function textCell(value: string, asText: boolean): CellObject {
  return asText ? { t: 's', v: value, z: '@' } : { t: 's', v: value };
}

function buildSheet(sheet: LayoutSheet): { worksheet: WorkSheet; patch: Omit<SheetPatch, 'sheetNumber'> } {
  const lead = sheet.leadColumns ?? [];
  // Template column i sits at lead.length + i.
  const at = (i: number) => lead.length + i;
  const outer = [...lead, ...sheet.columns, ...(sheet.extraColumns ?? [])];
  const headers = outer.map((c) => c.header);
  const width = headers.length;
  const aoa: CellObject[][] = [
    [textCell(sheet.title, false)],
    [textCell(sheet.instructions, false)],
    headers.map((h) => textCell(h, false)),
    ...sheet.rows.map((row) => headers.map((_, i) => textCell(row[i] ?? '', sheet.columns[i - lead.length]?.text === true))),
  ];
  // Sparse sheet: SheetJS 0.20.3 cannot write dense sheets with missing rows.
  const worksheet = utils.aoa_to_sheet(aoa);
  worksheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: width - 1 } },
  ];
  worksheet['!cols'] = outer.map((c) => ({ wch: c.width }));
  const lineWidth = outer.reduce((sum, c) => sum + c.width, 0);
  worksheet['!rows'] = [{ hpt: 30 }, { hpt: wrappedLines(sheet.instructions, lineWidth) * 16 + 8 }, { hpt: 24 }];

  const lastRow = DATA_START_ROW + Math.max(sheet.rows.length, 1) - 1 + SPARE_ROWS;
  const cells: Record<string, CellStyle> = { A1: 'title', A2: 'instructions' };
  headers.forEach((_, i) => (cells[`${utils.encode_col(i)}3`] = 'header'));
  const patch: Omit<SheetPatch, 'sheetNumber'> = {
    cells,
    validations: sheet.columns.flatMap((c, i) =>
      c.options ? [{ sqref: `${utils.encode_col(at(i))}${DATA_START_ROW}:${utils.encode_col(at(i))}${lastRow}`, options: c.options }] : [],
    ),
    textColumns: sheet.columns.flatMap((c, i) => (c.text ? [at(i)] : [])),
    frozenRows: DATA_START_ROW - 1,
  };
  return { worksheet, patch };
}

/** Write sheets in the template layout, with drop-downs, styles and text columns. */
export function writeLayoutWorkbook(sheets: readonly LayoutSheet[]): Uint8Array {
  const workbook = utils.book_new();
  const taken = new Set<string>();
  const patches: SheetPatch[] = [];
  sheets.forEach((sheet, index) => {
    const { worksheet, patch } = buildSheet(sheet);
    const name = safeSheetName(sheet.name, taken);
    taken.add(name);
    utils.book_append_sheet(workbook, worksheet, name);
    patches.push({ ...patch, sheetNumber: index + 1 });
  });
  const bytes = new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return patchXlsx(bytes, patches);
}
