/**
 * RxDB pull handler: `(checkpoint, batchSize) → {documents, checkpoint}`.
 * Batches are filled up to the limit (fewer means "caught up"), ordered by
 * the server clock and then id, so documents sharing a timestamp are never
 * skipped. The response is assembled from the stored JSON text. Documents
 * that left the reader's scope come as emptied tombstones (departures).
 */
import { hiddenFields, isEmptyScope, readScope, type Principal } from '#domain/auth/permissions';
import type { CollectionName } from '#domain/schemas/index';
import { badRequest, forbidden } from '../errors';
import type { Checkpoint, Storage } from '../storage/types';
import { wireJson, withHidden } from './docs';
import { isValidId } from './limits';

export const DEFAULT_PULL_LIMIT = 100;
/**
 * Larger limits are refused, not clamped: a clamped batch would be shorter
 * than asked for, which RxDB reads as "caught up".
 */
export const MAX_PULL_LIMIT = 10_000;

export function parseCheckpoint(raw: string | undefined): Checkpoint | null {
  if (raw === undefined || raw === '' || raw === 'null') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest('invalid_checkpoint', '同步检查点格式不正确');
  }
  if (value === null) return null;
  const c = value as Partial<Checkpoint>;
  if (typeof c !== 'object' || !Number.isSafeInteger(c.updatedAt) || !(c.id === '' || isValidId(c.id))) {
    throw badRequest('invalid_checkpoint', '同步检查点格式不正确');
  }
  return { updatedAt: c.updatedAt as number, id: c.id };
}

export function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PULL_LIMIT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PULL_LIMIT) {
    throw badRequest('invalid_limit', `每批数量必须是 1 到 ${MAX_PULL_LIMIT} 之间的整数`);
  }
  return n;
}

/** The pull response as JSON text. */
export async function pull(
  storage: Storage,
  principal: Principal,
  collection: CollectionName,
  checkpoint: Checkpoint | null,
  limit: number,
): Promise<string> {
  const scope = readScope(principal, collection);
  if (isEmptyScope(scope)) throw forbidden('forbidden_collection', '当前账号不能同步这类数据');
  const rows = await storage.pull(collection, scope, checkpoint, limit);
  const last = rows[rows.length - 1];
  const next = last ? { updatedAt: last.updatedAt, id: last.id } : checkpoint;
  const hidden = hiddenFields(principal, collection);
  return `{"documents":[${rows.map((row) => withHidden(wireJson(collection, row), hidden)).join(',')}],"checkpoint":${JSON.stringify(next)}}`;
}
