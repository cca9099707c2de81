/**
 * GET /api/sync/counts: per collection the caller may read, how many rows a
 * first pull delivers (documents and departures in its read scope). The
 * device shows first-sync progress as received / total with it. Counted by
 * the pull's own SQL (storage.countPull) under the same readScope, so a
 * count never covers more than the pull would hand over; a collection the
 * caller may not read is left out, not answered with 0 (no oracle).
 */
import { isEmptyScope, readableCollections, readScope, type Principal } from '#domain/auth/permissions';
import type { CollectionName } from '#domain/schemas/index';
import type { Storage } from '../storage/types';

export type PullCounts = Partial<Record<CollectionName, number>>;

export async function pullCounts(storage: Storage, principal: Principal): Promise<PullCounts> {
  const counts: PullCounts = {};
  for (const collection of readableCollections(principal)) {
    const scope = readScope(principal, collection);
    // readableCollections already leaves empty scopes out; checked again where the count is taken.
    if (isEmptyScope(scope)) continue;
    counts[collection] = await storage.countPull(collection, scope, null);
  }
  return counts;
}
