import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * A record of a value this product did not keep, for someone to review:
 * - 'merge': a value that lost a three-way merge (one field);
 * - 'refused': a change the server refused (the whole document the device
 *   tried to write, with the reason), written by the server itself.
 * Nothing is silently dropped: an administrator reviews it and may re-apply
 * the losing value. The record keeps the read rule of `sourceCollection`.
 */
export const CONFLICT_KINDS = ['merge', 'refused'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface ConflictDoc extends BaseDoc {
  kind: ConflictKind;
  /** The collection of the document (not `collection`: RxDB reserves that name). */
  sourceCollection: string;
  docId: string;
  /** The field that lost a merge; '' for a refused document. */
  field: string;
  /** Why the server refused the change (its stable code); '' for merges. */
  reason: string;
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
  migrations: {
    // v1: refusal records join merge records; older records were all merges.
    1: (doc) => ({ ...doc, kind: 'merge', reason: '' }),
  },
  schema: defineSchema({
    title: 'merge conflicts and refused changes',
    version: 1,
    properties: {
      kind: enumField(CONFLICT_KINDS),
      reason: shortText(60),
      sourceCollection: shortText(40),
      docId: shortText(64),
      field: shortText(100),
      winningValue: shortText(200_000),
      losingValue: shortText(200_000),
      losingBy: shortText(64),
      status: enumField(['open', 'reapplied', 'dismissed']),
      resolvedBy: shortText(64),
      resolvedAt: timestamp,
    },
    required: ['kind', 'reason', 'sourceCollection', 'docId', 'field', 'winningValue', 'losingValue', 'losingBy', 'status', 'resolvedBy', 'resolvedAt'],
    indexes: ['docId'],
  }),
};
