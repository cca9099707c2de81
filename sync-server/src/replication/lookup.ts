/**
 * The stored documents a batch's write rules read, fetched in bulk (one
 * query per collection) and served to the domain rules as a `DocLookup`.
 * Documents accepted earlier in the same batch shadow the stored ones, so
 * a school and its first class can arrive in one push.
 */
import type { DocLike, DocLookup, DocRef } from '#domain/auth/permissions';
import type { CollectionName } from '#domain/schemas/index';
import type { DocReader } from '../storage/types';
import { toWire } from './docs';

export class BatchLookup implements DocLookup {
  private readonly docs = new Map<string, DocLike>();

  private constructor() {}

  static async load(reader: DocReader, refs: readonly DocRef[]): Promise<BatchLookup> {
    const lookup = new BatchLookup();
    const byCollection = new Map<CollectionName, Set<string>>();
    for (const ref of refs) {
      const ids = byCollection.get(ref.collection) ?? new Set<string>();
      ids.add(ref.id);
      byCollection.set(ref.collection, ids);
    }
    for (const [collection, ids] of byCollection) {
      for (const row of await reader.getDocs(collection, [...ids])) lookup.docs.set(key(collection, row.id), toWire(row));
    }
    return lookup;
  }

  get(collection: CollectionName, id: string): DocLike | undefined {
    return this.docs.get(key(collection, id));
  }

  /** A document this batch is about to write, visible to the rows after it. */
  accept(collection: CollectionName, doc: DocLike): void {
    this.docs.set(key(collection, doc.id), doc);
  }
}

const key = (collection: CollectionName, id: string) => `${collection}\n${id}`;
