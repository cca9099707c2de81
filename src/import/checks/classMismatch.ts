import { findClassMismatch } from '@/domain/roster/className';
import type { RowFindingFactory } from '../findings';
import type { Finding, ParsedRow } from '../types';

/**
 * A class spelled differently from the school's existing classes or from
 * the teacher file (3班 where 三班 exists). Rows whose class name already
 * has a finding are left out by the caller.
 */
export function checkClassMismatch(
  rows: readonly ParsedRow[],
  knownNamesOf: (row: ParsedRow) => readonly string[],
  make: RowFindingFactory,
): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const name = row.values.className;
    if (!name) continue;
    const existing = findClassMismatch(name, knownNamesOf(row));
    if (existing) findings.push(make(row, 'className', 'classMismatch', { value: name, suggestion: existing }));
  }
  return findings;
}
