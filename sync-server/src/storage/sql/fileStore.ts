/**
 * Photos and other files, keyed by the SHA-256 of their bytes (stored once
 * however often uploaded), and which documents refer to them: a file is
 * readable by whoever may read a document that refers to it (or uploaded it).
 */
import type { ReadScope } from '#domain/auth/readScope';
import type { SqlExecutor } from '../driver';
import type { FileInfo, FileRow } from '../types';
import { scopeCondition } from './scopeSql';

interface FileRecord {
  sha256: string;
  mime: string;
  bytes: number;
  uploaded_by: string;
  data?: Uint8Array;
}

const info = (r: FileRecord): FileInfo => ({ sha256: r.sha256, mime: r.mime, bytes: Number(r.bytes), uploadedBy: r.uploaded_by });

export async function fileInfo(ex: SqlExecutor, sha256: string): Promise<FileInfo | undefined> {
  const [row] = await ex.all<FileRecord>('SELECT sha256, mime, bytes, uploaded_by FROM files WHERE sha256 = ?', [sha256]);
  return row && info(row);
}

/** Stores a file unless it is there already; true when it was new. */
export async function putFile(ex: SqlExecutor, file: FileRow): Promise<boolean> {
  const changed = await ex.run(
    `INSERT INTO files (sha256, mime, bytes, data, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO NOTHING`,
    [file.sha256, file.mime, file.bytes, file.data, file.uploadedBy, file.uploadedAt],
  );
  return changed > 0;
}

/** The files a document refers to now (replacing what it referred to before). */
export async function setFileRefs(ex: SqlExecutor, collection: string, docId: string, hashes: readonly string[]): Promise<void> {
  await ex.run('DELETE FROM file_refs WHERE collection = ? AND doc_id = ?', [collection, docId]);
  if (!hashes.length) return;
  const rows = hashes.map(() => '(?, ?, ?)').join(', ');
  await ex.run(`INSERT INTO file_refs (sha256, collection, doc_id) VALUES ${rows} ON CONFLICT DO NOTHING`,
    hashes.flatMap((h) => [h, collection, docId]));
}

/**
 * The file with its bytes when `userId` uploaded it or a live document
 * within `scopes` (per collection) refers to it; undefined otherwise, the
 * same answer as for a file that does not exist.
 */
export async function readFile(
  ex: SqlExecutor,
  sha256: string,
  userId: string,
  scopes: Readonly<Record<string, ReadScope>>,
): Promise<{ info: FileInfo; data: Uint8Array } | undefined> {
  const [row] = await ex.all<FileRecord>('SELECT sha256, mime, bytes, uploaded_by, data FROM files WHERE sha256 = ?', [sha256]);
  if (!row?.data) return undefined;
  if (row.uploaded_by === userId) return { info: info(row), data: row.data };
  for (const [collection, scope] of Object.entries(scopes)) {
    const where = scopeCondition(scope, 'd');
    const [hit] = await ex.all<{ one: number }>(
      `SELECT 1 AS one FROM file_refs r JOIN docs d ON d.collection = r.collection AND d.id = r.doc_id
       WHERE r.sha256 = ? AND r.collection = ? AND d.deleted = 0 AND ${where.sql} LIMIT 1`,
      [sha256, collection, ...where.params],
    );
    if (hit) return { info: info(row), data: row.data };
  }
  return undefined;
}
