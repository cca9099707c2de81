/** Small helpers shared by the record checks and counts of this module. */

/** A record as stored: tombstones are `deletedAt` > 0 or RxDB's `_deleted`. */
export type Stored<T> = T & { deletedAt?: number; _deleted?: boolean };

export function isDeleted(doc: { deletedAt?: number; _deleted?: boolean }): boolean {
  return doc._deleted === true || (doc.deletedAt ?? 0) > 0;
}

/** `{ a: 0, b: 0 }` for keys a, b: every bucket present, so tables and charts have no holes. */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
