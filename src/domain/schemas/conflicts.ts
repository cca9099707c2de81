import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * A value that lost a three-way merge. Nothing is silently dropped: an
 * administrator reviews it and may re-apply the losing value.
 */
export interface ConflictDoc extends BaseDoc {
  /** The collection of the document (not `collection`: RxDB reserves that name). */
  sourceCollection: string;
  docId: string;
  field: string;
  /** JSON-encoded values, so any field type fits. */
  winningValue: string;
  losingValue: string;
  losingBy: string;
  status: 'open' | 'reapplied' | 'dismissed';
  resolvedBy: string;
  resolvedAt: number;
}

export const conflictsCollection: CollectionDefinition = {
  name: 'conflicts',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'merge conflicts',
    version: 0,
    properties: {
      sourceCollection: shortText(40),
      docId: shortText(64),
      field: shortText(100),
      winningValue: shortText(20000),
      losingValue: shortText(20000),
      losingBy: shortText(64),
      status: enumField(['open', 'reapplied', 'dismissed']),
      resolvedBy: shortText(64),
      resolvedAt: timestamp,
    },
    required: ['sourceCollection', 'docId', 'field', 'winningValue', 'losingValue', 'losingBy', 'status', 'resolvedBy', 'resolvedAt'],
    indexes: ['docId'],
  }),
};
