/**
 * A domain `ReadScope` as an SQL condition over the indexed columns
 * `org_path`, `id`, `subject_id` and `tag` of `docs` (or of `departures`,
 * which has the same columns).
 */
import { DRAFT_TAG, type ReadScope } from '#domain/auth/readScope';
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
  if (scope.drafts) {
    // scopeContains's draft rule: a draft only at the author unit's own path or by its author.
    const readers = [
      ...(scope.drafts.paths.length ? [`${t}.org_path IN (${placeholders(scope.drafts.paths.length)})`] : []),
      ...(scope.drafts.authors.length ? [`${t}.subject_id IN (${placeholders(scope.drafts.authors.length)})`] : []),
    ];
    sql = `(${sql} AND (${[`${t}.tag <> ?`, ...readers].join(' OR ')}))`;
    params.push(DRAFT_TAG, ...scope.drafts.paths, ...scope.drafts.authors);
  } else {
    sql = `(${sql} AND ${t}.tag <> ?)`;
    params.push(DRAFT_TAG);
  }
  return { sql, params };
}

/**
 * Levels of the org tree a pull's index follows: province / city / county.
 * A document's `branch` is its org path cut to this depth (or the whole
 * path when it is shallower), so one county's changes sit together, in
 * checkpoint order, in the index (collection, branch, server_updated_at, id):
 * a pull in a county, a township or a school walks the changes of its own
 * county, never those of the rest of the province.
 */
export const BRANCH_DEPTH = 3;

const depthOf = (path: string): number => path.split('/').length - 2;

export function branchOf(orgPath: string): string {
  if (depthOf(orgPath) <= BRANCH_DEPTH) return orgPath;
  return `/${orgPath.split('/').slice(1, BRANCH_DEPTH + 1).join('/')}/`;
}

/**
 * The scope split by branch, each part read with its own ordered index
 * walk; undefined when some term spans several branches (a province or
 * city subtree, single ids, subjects) and the pull walks the collection.
 */
export function scopeByBranch(scope: ReadScope): Map<string, ReadScope> | undefined {
  if (scope.ids.length || scope.subjectIds.length) return undefined;
  if (scope.prefixes.some((p) => depthOf(p) < BRANCH_DEPTH)) return undefined;
  const parts = new Map<string, ReadScope>();
  const part = (path: string): ReadScope => {
    const key = branchOf(path);
    let s = parts.get(key);
    if (!s) parts.set(key, (s = { prefixes: [], exactPaths: [], ids: [], subjectIds: [], tags: scope.tags, drafts: scope.drafts }));
    return s;
  };
  for (const prefix of scope.prefixes) part(prefix).prefixes.push(prefix);
  for (const path of scope.exactPaths) part(path).exactPaths.push(path);
  return parts;
}
