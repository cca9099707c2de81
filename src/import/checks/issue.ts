import type { FieldKey, FindingCode, ParsedRow } from '../types';

/** What a single-row check objects to; the orchestrator adds file, sheet, row and column. */
export interface Issue {
  field: FieldKey;
  code: FindingCode;
  params?: Record<string, string | number>;
}

/** An issue found by a check across rows: which row it belongs to. */
export interface RowIssue extends Issue {
  row: ParsedRow;
}
