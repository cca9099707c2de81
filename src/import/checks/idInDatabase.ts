import type { PersonKind } from '@/domain';
import type { ParsedRow } from '../types';
import { lookupId, type IdLookup } from './context';
import type { RowIssue } from './issue';

/**
 * An ID number the database already gives to someone else: a person of
 * the other kind (a teacher's ID in a student file) or one in another
 * school. The same person in the same school is no fault — the plan
 * updates that record instead.
 */
export function checkIdInDatabase(
  rows: readonly ParsedRow[],
  ids: ReadonlyMap<string, string>,
  kind: PersonKind,
  schoolOf: (row: ParsedRow) => string | null,
  lookup: IdLookup | undefined,
): RowIssue[] {
  if (!lookup) return [];
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const id = ids.get(row.key);
    const holder = id ? lookupId(lookup, id) : undefined;
    if (!id || !holder) continue;
    if (holder.kind !== kind || holder.schoolId !== schoolOf(row)) {
      issues.push({ row, field: 'idNumber', code: 'idInDatabase', params: { value: id, name: holder.name, kind: holder.kind } });
    }
  }
  return issues;
}
