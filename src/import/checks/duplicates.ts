import type { ParsedRow } from '../types';
import type { RowIssue } from './issue';

/**
 * The same ID number twice in one file (across all its sheets): the later
 * occurrence is reported and names the earlier one. `ids` holds the
 * validated ID number of each row whose ID passed its own checks.
 */
export function checkDuplicateIds(rows: readonly ParsedRow[], ids: ReadonlyMap<string, string>): RowIssue[] {
  const first = new Map<string, ParsedRow>();
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const id = ids.get(row.key);
    if (!id) continue;
    const earlier = first.get(id);
    if (earlier) issues.push({ row, field: 'idNumber', code: 'duplicateId', params: { value: id, firstSheet: earlier.sheet, firstRow: earlier.row } });
    else first.set(id, row);
  }
  return issues;
}
