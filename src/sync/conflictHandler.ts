import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { jsonEqual } from '@/domain/sync/jsonValue';
import { mergeThreeWay, RXDB_META_FIELDS } from '@/domain/sync/merge';
import type { RefusalBook } from './refusalBook';

type Doc = Record<string, unknown>;

function withoutMeta(doc: Doc): Doc {
  const copy: Doc = { ...doc };
  for (const field of RXDB_META_FIELDS) delete copy[field];
  return copy;
}

export interface ConflictHandlerOptions {
  collection: string;
  /** The signed-in user: a merged document this device pushes is this user's write. */
  actor: string;
  refusals: RefusalBook;
  now?: () => number;
}

/**
 * RxDB's conflict handler for every collection: a three-way merge with
 * the assumed master state as base (src/domain/sync/merge.ts). Fields
 * changed on one side are kept from that side; a field changed on both is
 * decided deterministically and the losing value is recorded as a
 * conflict record (see recordConflicts.ts), so no edit is lost.
 *
 * Two exceptions: a state the server sent back for a refused change is
 * taken as it is (the refused value lives on in the server's refusal
 * record); and a merge that keeps something of this device's is a new
 * write by this device's user, stamped as such (the server checks who
 * wrote what).
 */
export function mergingConflictHandler<T>(options: ConflictHandlerOptions): RxConflictHandler<T> {
  const now = options.now ?? Date.now;
  return {
    isEqual: (a, b) => jsonEqual(withoutMeta(a as Doc), withoutMeta(b as Doc)),
    resolve: async (input) => {
      const remote = withoutMeta(input.realMasterState as Doc);
      if (options.refusals.take(options.collection, remote)) return remote as WithDeleted<T>;
      const base = input.assumedMasterState ? withoutMeta(input.assumedMasterState as Doc) : undefined;
      const { merged } = mergeThreeWay(base, withoutMeta(input.newDocumentState as Doc), remote);
      if (jsonEqual(merged, remote)) return remote as WithDeleted<T>;
      const at = Math.max(now(), Number(merged.modifiedAt) || 0);
      return { ...merged, modifiedBy: options.actor, modifiedAt: at } as unknown as WithDeleted<T>;
    },
  };
}
