import type { FieldKey, ParsedRow } from '../types';
import type { RowIssue } from './issue';

/** Columns both rows of a school must agree on. */
const SHARED: readonly FieldKey[] = ['schoolType', 'nature', 'stage', 'county'];

/**
 * 附件3 wants two rows per school, the safety leader first and the
 * information administrator second. A school with one row, or more than
 * two, is reported; so is a second row that contradicts the first.
 */
export function checkSchoolGroups(rows: readonly ParsedRow[]): RowIssue[] {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const name = row.values.schoolName;
    if (!name) continue;
    const group = groups.get(name) ?? [];
    group.push(row);
    groups.set(name, group);
  }
  const issues: RowIssue[] = [];
  for (const [name, group] of groups) {
    const [first, ...rest] = group;
    if (!first) continue;
    if (group.length === 1) issues.push({ row: first, field: 'schoolName', code: 'schoolRowCount', params: { value: name, count: 1 } });
    for (const extra of rest.slice(1)) issues.push({ row: extra, field: 'schoolName', code: 'schoolRowCount', params: { value: name, count: group.length } });
    for (const other of rest.slice(0, 1)) {
      const field = SHARED.find((f) => (other.values[f] ?? '') !== (first.values[f] ?? ''));
      if (field) issues.push({ row: other, field, code: 'schoolInconsistent', params: { value: name, firstRow: first.row } });
    }
  }
  return issues;
}
