/**
 * Documents on the wire (RxDB's `WithDeleted<T>`: the fields plus
 * `_deleted`) and in storage (the fields as JSON text, `_deleted` in its own
 * column).
 */
import { subjectOf } from '../../../src/domain/auth/permissions';
import type { CollectionName } from '../../../src/domain/schemas';
import type { DocRow, DocWrite } from '../storage/types';

export type WireDoc = Record<string, unknown> & { id: string; orgPath: string; _deleted: boolean };

/** A document just written, in both forms, for the change stream. */
export interface WrittenDoc extends DocWrite {
  doc: WireDoc;
}

/** Strip `_deleted` and encode for storage. */
export function toWrite(collection: CollectionName, doc: WireDoc): WrittenDoc {
  const { _deleted: deleted, ...fields } = doc;
  return {
    id: doc.id,
    orgPath: doc.orgPath,
    subjectId: subjectOf(collection, fields),
    deleted,
    data: JSON.stringify(fields),
    doc,
  };
}

/** The wire JSON of a stored row, built from its text without parsing it. */
export function wireJson(row: Pick<DocRow, 'data' | 'deleted'>): string {
  const deleted = row.deleted ? 'true' : 'false';
  return row.data === '{}' ? `{"_deleted":${deleted}}` : `${row.data.slice(0, -1)},"_deleted":${deleted}}`;
}

export function toWire(row: Pick<DocRow, 'data' | 'deleted'>): WireDoc {
  return { ...(JSON.parse(row.data) as WireDoc), _deleted: row.deleted };
}
