import type { ColumnRef, FieldKey, Finding, FindingCode, ParsedRow } from './types';

type Params = Record<string, string | number>;

export function fileFinding(file: string, code: FindingCode, params: Params = {}): Finding {
  return { file, sheet: null, row: null, column: null, field: null, code, params };
}

export function sheetFinding(file: string, sheet: string, code: FindingCode, params: Params = {}): Finding {
  return { file, sheet, row: null, column: null, field: null, code, params };
}

/** Column positions per sheet, so row findings can name the column letter. */
export type ColumnLookup = (sheetIndex: number, field: FieldKey) => ColumnRef | undefined;

export function columnLookup(sheets: readonly { index: number; columns: readonly ColumnRef[] }[]): ColumnLookup {
  const bySheet = new Map(sheets.map((s) => [s.index, new Map(s.columns.map((c) => [c.field, c]))]));
  return (sheetIndex, field) => bySheet.get(sheetIndex)?.get(field);
}

/** Builds findings about single cells of one file. */
export interface RowFindingFactory {
  (row: ParsedRow, field: FieldKey, code: FindingCode, params?: Params): Finding;
}

export function rowFindings(file: string, columns: ColumnLookup): RowFindingFactory {
  return (row, field, code, params = {}) => {
    const column = columns(row.sheetIndex, field);
    // The header as the file writes it (身份证号码 rather than 身份证号), so messages name the user's column.
    const header = column?.header ?? params.header ?? '';
    return { file, sheet: row.sheet, row: row.row, column: column?.letter ?? null, field, code, params: { ...params, header } };
  };
}
