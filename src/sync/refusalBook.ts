import { canonicalJson } from '@/domain/sync/jsonValue';
import { RXDB_META_FIELDS } from '@/domain/sync/merge';

/**
 * The states the server asked this device to accept for changes it
 * refused. The push handler hands them to RxDB as the documents' master
 * states; RxDB then calls the conflict handler, which must take them as
 * they are (not merge the refused change back in, which would push it
 * again forever). This book is how the two tell a refusal from a conflict.
 */
export class RefusalBook {
  private readonly waiting = new Map<string, string>();
  /** Taken by the conflict handler, until the conflict recorder has seen them. */
  private readonly taken = new Map<string, string>();

  remember(collection: string, state: { id: string }): void {
    this.waiting.set(key(collection, state.id), fingerprint(state));
  }

  /** True (once) when `realMasterState` is a state remembered for a refusal. */
  take(collection: string, realMasterState: { id?: unknown }): boolean {
    return move(this.waiting, key(collection, String(realMasterState.id ?? '')), fingerprint(realMasterState), this.taken);
  }

  /**
   * True (once) when a resolved conflict was a refusal taken as it is: the
   * server already keeps a record of it, so no merge record is written.
   */
  wasRefusal(collection: string, realMasterState: { id?: unknown }): boolean {
    return move(this.taken, key(collection, String(realMasterState.id ?? '')), fingerprint(realMasterState));
  }
}

/** Remove `k` from `from` if it holds `value`, optionally into `to`; true when it did. */
function move(from: Map<string, string>, k: string, value: string, to?: Map<string, string>): boolean {
  if (from.get(k) !== value) return false;
  from.delete(k);
  to?.set(k, value);
  return true;
}

const key = (collection: string, id: string) => `${collection}\n${id}`;

/** The document's content, without RxDB's bookkeeping fields (which RxDB may add on the way). */
function fingerprint(state: object): string {
  const copy: Record<string, unknown> = { ...state };
  for (const field of RXDB_META_FIELDS) delete copy[field];
  return canonicalJson(copy);
}
