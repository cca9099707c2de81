import type { FieldKey, FindingCode } from '../types';

/** What a single-row check objects to; the orchestrator adds file, sheet, row and column. */
export interface Issue {
  field: FieldKey;
  code: FindingCode;
  params?: Record<string, string | number>;
}
