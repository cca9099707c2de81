import type { Finding, FindingCode } from '@/import';

/** The preview's filters: '' for any sheet or kind, null for any row. */
export interface FindingFilter {
  sheet: string;
  code: FindingCode | '';
  row: number | null;
}

export const NO_FILTER: FindingFilter = { sheet: '', code: '', row: null };

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (!filter.sheet || f.sheet === filter.sheet) && (!filter.code || f.code === filter.code) && (filter.row === null || f.row === filter.row),
  );
}

/** The sheets findings are about, in the order they first appear (the file's order). */
export function findingSheets(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => (f.sheet === null ? [] : [f.sheet])))];
}

/** The kinds of finding present, in the order they first appear. */
export function findingCodes(findings: readonly Finding[]): FindingCode[] {
  return [...new Set(findings.map((f) => f.code))];
}
