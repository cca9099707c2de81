/**
 * Documents of every collection in one table, and the departures of
 * documents that moved. `data` is the document's JSON text without
 * `_deleted`, exactly as validated, so pulls stream it without re-encoding.
 */
import type { ReadScope } from '#domain/auth/readScope';
import type { SqlExecutor } from '../driver';
import type { Checkpoint, Departure, DocRow, DocWrite, ListDocsOptions, StampedChanges } from '../types';
import { chunks, flag, placeholders, READ_CHUNK, WRITE_CHUNK, type SqlValue } from './common';
import { branchOf, prefixUpperBound, scopeByBranch, scopeCondition } from './scopeSql';

interface DocRecord {
  id: string;
  org_path: string;
  subject_id: string;
  server_updated_at: number;
  deleted: number;
  data: string;
  departed?: number;
}

const DOC_COLUMNS = 'id, org_path, subject_id, server_updated_at, deleted, data';

function toDoc(r: DocRecord): DocRow {
  return {
    id: r.id,
    orgPath: r.org_path,
    subjectId: r.subject_id,
    updatedAt: Number(r.server_updated_at),
    deleted: Number(r.deleted) === 1,
    data: r.data,
    departed: Number(r.departed ?? 0) === 1,
  };
}

export async function getDocs(ex: SqlExecutor, collection: string, ids: readonly string[]): Promise<DocRow[]> {
  const out: DocRow[] = [];
  for (const part of chunks([...new Set(ids)], READ_CHUNK)) {
    const rows = await ex.all<DocRecord>(
      `SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND id IN (${placeholders(part.length)})`,
      [collection, ...part],
    );
    out.push(...rows.map(toDoc));
  }
  return out;
}

export async function docsBySubject(ex: SqlExecutor, collection: string, subjectId: string): Promise<DocRow[]> {
  const rows = await ex.all<DocRecord>(`SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND subject_id = ? ORDER BY id`, [
    collection,
    subjectId,
  ]);
  return rows.map(toDoc);
}

interface PlaceRecord {
  id: string;
  org_path: string;
  subject_id: string;
  tag: string;
}

/** Where the stored versions of `docs` are now, for those the write moves elsewhere. */
async function movedFrom(ex: SqlExecutor, collection: string, docs: readonly DocWrite[]): Promise<Departure[]> {
  const next = new Map(docs.map((d) => [d.id, d]));
  const out: Departure[] = [];
  for (const part of chunks([...next.keys()], READ_CHUNK)) {
    const rows = await ex.all<PlaceRecord>(
      `SELECT id, org_path, subject_id, tag FROM docs WHERE collection = ? AND id IN (${placeholders(part.length)})`,
      [collection, ...part],
    );
    for (const r of rows) {
      const d = next.get(r.id);
      if (d && (d.orgPath !== r.org_path || d.subjectId !== r.subject_id || d.tag !== r.tag)) {
        out.push({ id: r.id, orgPath: r.org_path, subjectId: r.subject_id, tag: r.tag });
      }
    }
  }
  return out;
}

export async function putDocs(ex: SqlExecutor, collection: string, docs: readonly DocWrite[], at: number): Promise<Departure[]> {
  const departures = await movedFrom(ex, collection, docs);
  for (const part of chunks(departures, WRITE_CHUNK)) {
    const params: SqlValue[] = [];
    for (const d of part) params.push(collection, d.id, d.orgPath, branchOf(d.orgPath), d.subjectId, d.tag, at);
    // One row per place a document ever left; leaving it again moves the row's stamp forward.
    await ex.run(
      `INSERT INTO departures (collection, id, org_path, branch, subject_id, tag, server_updated_at)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (collection, id, org_path, subject_id, tag) DO UPDATE SET server_updated_at = excluded.server_updated_at`,
      params,
    );
  }
  for (const part of chunks(docs, WRITE_CHUNK)) {
    const params: SqlValue[] = [];
    for (const d of part) params.push(collection, d.id, d.orgPath, branchOf(d.orgPath), d.subjectId, d.tag, at, flag(d.deleted), d.data);
    await ex.run(
      `INSERT INTO docs (collection, id, org_path, branch, subject_id, tag, server_updated_at, deleted, data)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (collection, id) DO UPDATE SET
         org_path = excluded.org_path, branch = excluded.branch, subject_id = excluded.subject_id, tag = excluded.tag,
         server_updated_at = excluded.server_updated_at, deleted = excluded.deleted, data = excluded.data`,
      params,
    );
  }
  return departures;
}

/**
 * One pull batch: the documents in scope changed after the checkpoint, and
 * the departures in scope of documents the reader can no longer see (a
 * student moved to another school, an account moved), merged in one order.
 * A departure is skipped while the document itself is still in scope.
 *
 * A scope that lies within counties is read branch by branch when
 * `byBranch` (PostgreSQL, where one database holds a province), each part
 * an ordered walk of the index (collection, branch, server_updated_at, id)
 * cut at the batch size, so its cost follows the county's changes and not
 * the rest of the province's (scopeByBranch). SQLite holds one county or
 * city: there the single query over the scope is faster.
 */
export async function pull(
  ex: SqlExecutor,
  collection: string,
  scope: ReadScope,
  checkpoint: Checkpoint | null,
  limit: number,
  byBranch = true,
): Promise<DocRow[]> {
  const q = pullSelects(collection, scope, checkpoint, byBranch, limit);
  if (!q) return [];
  const rows = await ex.all<DocRecord>(`${q.sql} ORDER BY server_updated_at, id LIMIT ?`, [...q.params, limit]);
  return rows.map(toDoc);
}

/**
 * How many rows a pull from `checkpoint` to the end would deliver (documents
 * and departures), counted with the pull's own conditions, so the count can
 * never reach further than the pull does (GET /api/sync/counts).
 */
export async function countPull(
  ex: SqlExecutor,
  collection: string,
  scope: ReadScope,
  checkpoint: Checkpoint | null,
  byBranch = true,
): Promise<number> {
  const q = pullSelects(collection, scope, checkpoint, byBranch);
  if (!q) return 0;
  const [row] = await ex.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM (${q.sql}) AS counted`, q.params);
  return Number(row?.n ?? 0);
}

/** The pull's rows as one UNION ALL (unordered); by branch, each part cut at `limit` when given. */
function pullSelects(
  collection: string,
  scope: ReadScope,
  checkpoint: Checkpoint | null,
  byBranch: boolean,
  limit?: number,
): { sql: string; params: SqlValue[] } | undefined {
  const parts = byBranch ? scopeByBranch(scope) : undefined;
  if (parts && !parts.size) return undefined;
  const selects: string[] = [];
  const params: SqlValue[] = [];
  for (const [branch, part] of parts ?? [[undefined, scope] as const]) {
    for (const select of [docsSelect, departuresSelect]) {
      const q = select(collection, part, branch, checkpoint, scope);
      if (parts && limit !== undefined) {
        // By branch, each part is cut at the batch size before the parts are merged.
        selects.push(`SELECT * FROM (${q.sql} ORDER BY server_updated_at, id LIMIT ?) AS part${selects.length}`);
        params.push(...q.params, limit);
      } else {
        selects.push(q.sql);
        params.push(...q.params);
      }
    }
  }
  return { sql: selects.join(' UNION ALL '), params };
}

type Select = (
  collection: string,
  scope: ReadScope,
  branch: string | undefined,
  checkpoint: Checkpoint | null,
  whole: ReadScope,
) => { sql: string; params: SqlValue[] };

/** Conditions shared by both tables: collection, branch, checkpoint, scope. */
function where(t: string, collection: string, scope: ReadScope, branch: string | undefined, checkpoint: Checkpoint | null) {
  const inScope = scopeCondition(scope, t);
  return {
    sql: `${t}.collection = ? ${branch === undefined ? '' : `AND ${t}.branch = ?`}
      ${checkpoint ? `AND (${t}.server_updated_at, ${t}.id) > (?, ?)` : ''} AND ${inScope.sql}`,
    params: [
      collection,
      ...(branch === undefined ? [] : [branch]),
      ...(checkpoint ? [checkpoint.updatedAt, checkpoint.id] : []),
      ...inScope.params,
    ] as SqlValue[],
  };
}

const docsSelect: Select = (collection, scope, branch, checkpoint) => {
  const w = where('d', collection, scope, branch, checkpoint);
  return {
    sql: `SELECT d.id, d.org_path, d.subject_id, d.server_updated_at, d.deleted, d.data, 0 AS departed FROM docs d WHERE ${w.sql}`,
    params: w.params,
  };
};

const departuresSelect: Select = (collection, scope, branch, checkpoint, whole) => {
  const w = where('p', collection, scope, branch, checkpoint);
  // Still visible anywhere in the reader's scope, not only in this branch.
  const stillVisible = scopeCondition(whole, 'c');
  return {
    sql: `SELECT p.id, p.org_path, p.subject_id, p.server_updated_at, 1 AS deleted, '' AS data, 1 AS departed
      FROM departures p WHERE ${w.sql}
      AND NOT EXISTS (SELECT 1 FROM docs c WHERE c.collection = p.collection AND c.id = p.id AND ${stillVisible.sql})`,
    params: [...w.params, ...stillVisible.params],
  };
};

/** What some transactions wrote in `collection` and still carries their stamps (later writes carry their own). */
export async function changesAt(ex: SqlExecutor, collection: string, stamps: readonly number[]): Promise<StampedChanges> {
  const out: StampedChanges = { docs: [], departures: [] };
  for (const part of chunks([...new Set(stamps)], READ_CHUNK)) {
    const inPart = `server_updated_at IN (${placeholders(part.length)})`;
    const rows = await ex.all<DocRecord>(`SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND ${inPart}`, [collection, ...part]);
    out.docs.push(...rows.map(toDoc));
    const left = await ex.all<PlaceRecord & { server_updated_at: number }>(
      `SELECT id, org_path, subject_id, tag, server_updated_at FROM departures WHERE collection = ? AND ${inPart}`,
      [collection, ...part],
    );
    for (const r of left) {
      out.departures.push({ id: r.id, orgPath: r.org_path, subjectId: r.subject_id, tag: r.tag, updatedAt: Number(r.server_updated_at) });
    }
  }
  return out;
}

export async function listDocs(ex: SqlExecutor, collection: string, o: ListDocsOptions): Promise<DocRow[]> {
  const rows = await ex.all<DocRecord>(
    `SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND org_path >= ? AND org_path < ? AND id > ?
     ${o.includeDeleted ? '' : 'AND deleted = 0'} ORDER BY id LIMIT ?`,
    [collection, o.prefix, prefixUpperBound(o.prefix), o.afterId ?? '', o.limit],
  );
  return rows.map(toDoc);
}
