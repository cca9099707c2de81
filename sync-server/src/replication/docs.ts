/**
 * Documents on the wire (RxDB's `WithDeleted<T>`: the fields plus
 * `_deleted`) and in storage (the fields as JSON text, `_deleted` in its own
 * column), and the one way every server-side component writes them.
 */
import { placeOf } from '#domain/auth/readScope';
import { mayReferToPhotos, photoHashesOf } from '#domain/hazards/photos';
import { COLLECTIONS, type CollectionName } from '#domain/schemas/index';
import { scrubbedTombstone } from '#domain/sync/scrub';
import type { DocRow, DocWrite, StorageTx } from '../storage/types';
import type { ChangeSet } from './hub';

export type WireDoc = Record<string, unknown> & { id: string; orgPath: string; _deleted: boolean };

/** A document just written, in both forms, for the change stream. */
export interface WrittenDoc extends DocWrite {
  doc: WireDoc;
}

/** Strip `_deleted` and encode for storage. */
export function toWrite(collection: CollectionName, doc: WireDoc): WrittenDoc {
  const { _deleted: deleted, ...fields } = doc;
  const place = placeOf(collection, doc);
  return { id: doc.id, orgPath: doc.orgPath, subjectId: place.subjectId, tag: place.tag, deleted, data: JSON.stringify(fields), doc };
}

/**
 * The wire JSON of a stored row, built from its text without parsing it. A
 * departure becomes an emptied tombstone at the place the reader knew.
 */
export function wireJson(collection: CollectionName, row: Pick<DocRow, 'id' | 'orgPath' | 'data' | 'deleted' | 'departed'>): string {
  if (row.departed) return JSON.stringify(scrubbedTombstone(COLLECTIONS[collection].schema, row.id, row.orgPath));
  const deleted = row.deleted ? 'true' : 'false';
  return row.data === '{}' ? `{"_deleted":${deleted}}` : `${row.data.slice(0, -1)},"_deleted":${deleted}}`;
}

/** A document's wire JSON with `fields` blanked (what a reader is not given; see hiddenFields). */
export function withHidden(json: string, fields: readonly string[]): string {
  if (!fields.length) return json;
  const doc = JSON.parse(json) as Record<string, unknown>;
  for (const field of fields) if (typeof doc[field] === 'string') doc[field] = '';
  return JSON.stringify(doc);
}

export function toWire(row: Pick<DocRow, 'data' | 'deleted'>): WireDoc {
  return { ...(JSON.parse(row.data) as WireDoc), _deleted: row.deleted };
}

/** Store documents in a transaction and queue them (and where they moved from) for the change stream. */
export async function writeDocs(tx: StorageTx, changes: ChangeSet, collection: CollectionName, docs: readonly WireDoc[]): Promise<void> {
  if (!docs.length) return;
  const written = docs.map((d) => toWrite(collection, d));
  const { at, departures } = await tx.putDocs(collection, written);
  changes.add(collection, at, written, departures);
  // Who may read a photo follows the documents that refer to it (GET /api/files).
  for (const doc of docs) {
    if (mayReferToPhotos(collection, doc)) await tx.setFileRefs(collection, doc.id, doc._deleted ? [] : photoHashesOf(doc));
  }
}
