import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/** Auditable actions: exports of ID numbers, imports, reviews. Append-only. */
export const AUDIT_KINDS = ['export', 'import', 'review', 'account'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditDoc extends BaseDoc {
  kind: AuditKind;
  action: string;
  at: number;
  rowCount: number;
  detail: Record<string, unknown>;
}

export const auditCollection: CollectionDefinition = {
  name: 'audit',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'audit log',
    version: 0,
    properties: {
      kind: enumField(AUDIT_KINDS),
      action: shortText(60),
      at: timestamp,
      rowCount: { type: 'integer', minimum: 0, maximum: 1e9 },
      detail: { type: 'object' },
    },
    required: ['kind', 'action', 'at', 'rowCount', 'detail'],
    indexes: [['kind', 'at']],
  }),
};
