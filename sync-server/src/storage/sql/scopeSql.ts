/**
 * A domain `ReadScope` as an SQL condition over the indexed columns
 * `org_path`, `id`, `subject_id` and `tag` of `docs` (or of `departures`,
 * which has the same columns).
 */
import type { ReadScope } from '#domain/auth/readScope';
import { placeholders, type SqlValue } from './common';

/**
 * Upper bound of an org-path prefix range. Paths end with "/" (0x2F); every
 * path starting with `prefix` sorts below the same prefix ending in "0"
 * (0x30), and nothing else in between does (byte-wise collation).
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix.slice(0, -1)}0`;
}

/** The SQL condition of a read scope on table alias `t`; never true for an empty scope. */
export function scopeCondition(scope: ReadScope, t: string): { sql: string; params: SqlValue[] } {
  const terms: string[] = [];
  const params: SqlValue[] = [];
  for (const prefix of scope.prefixes) {
    if (!prefix.endsWith('/')) throw new Error(`org-path prefix must end with "/": ${prefix}`);
    terms.push(`(${t}.org_path >= ? AND ${t}.org_path < ?)`);
    params.push(prefix, prefixUpperBound(prefix));
  }
  const list = (column: string, values: readonly string[]) => {
    if (!values.length) return;
    terms.push(`${t}.${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  list('org_path', scope.exactPaths);
  list('id', scope.ids);
  list('subject_id', scope.subjectIds);
  if (!terms.length || (scope.tags && !scope.tags.length)) return { sql: '(1 = 0)', params: [] };
  let sql = `(${terms.join(' OR ')})`;
  if (scope.tags) {
    sql = `(${sql} AND ${t}.tag IN (${placeholders(scope.tags.length)}))`;
    params.push(...scope.tags);
  }
  return { sql, params };
}
