import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { jsonEqual } from '@/domain/sync/jsonValue';
import { mergeThreeWay, RXDB_META_FIELDS } from '@/domain/sync/merge';

type Doc = Record<string, unknown>;

function withoutMeta(doc: Doc): Doc {
  const copy: Doc = { ...doc };
  for (const field of RXDB_META_FIELDS) delete copy[field];
  return copy;
}

/**
 * RxDB's conflict handler for every collection: a three-way merge with
 * the assumed master state as base (src/domain/sync/merge.ts). Fields
 * changed on one side are kept from that side; a field changed on both is
 * decided deterministically and the losing value is recorded as a
 * conflict record (see recordConflicts.ts), so no edit is lost.
 */
export function mergingConflictHandler<T>(): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => jsonEqual(withoutMeta(a as Doc), withoutMeta(b as Doc)),
    resolve: async (input) => {
      const base = input.assumedMasterState ? withoutMeta(input.assumedMasterState as Doc) : undefined;
      const { merged } = mergeThreeWay(
        base,
        withoutMeta(input.newDocumentState as Doc),
        withoutMeta(input.realMasterState as Doc),
      );
      return merged as WithDeleted<T>;
    },
  };
}
