import { findClassMismatch } from '@/domain';
import type { ParsedRow } from '../types';
import type { RowIssue } from './issue';

/**
 * A class spelled differently from the school's existing classes or from
 * the teacher file (3班 where 三班 exists). Rows whose class name already
 * has a finding are left out by the caller. A school has a few dozen class
 * names and a file thousands of rows, so answers are kept per school and
 * name (findClassMismatch folds every existing name on each call).
 */
export function checkClassMismatch(
  rows: readonly ParsedRow[],
  knownNamesOf: (row: ParsedRow) => readonly string[],
): RowIssue[] {
  const answers = new Map<readonly string[], Map<string, string | null>>();
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const name = row.values.className;
    const known = knownNamesOf(row);
    if (!name || known.length === 0) continue;
    let bySchool = answers.get(known);
    if (!bySchool) answers.set(known, (bySchool = new Map()));
    let existing = bySchool.get(name);
    if (existing === undefined) bySchool.set(name, (existing = findClassMismatch(name, known)));
    if (existing) issues.push({ row, field: 'className', code: 'classMismatch', params: { value: name, suggestion: existing } });
  }
  return issues;
}
