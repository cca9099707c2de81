import type { AuditDoc, AuditKind } from '@/domain/schemas';
import { newId, nowOf, stampNew, type WriteContext } from './writeContext';

export interface AuditEntry {
  kind: AuditKind;
  action: string;
  rowCount: number;
  /** The unit the action concerned (where the record is kept and replicated to). */
  orgPath: string;
  detail: Record<string, unknown>;
}

/**
 * Append to the audit log (e.g. who exported ID numbers, when, how many
 * rows). Append-only: the server refuses edits to audit records.
 */
export async function recordAudit(ctx: WriteContext, entry: AuditEntry): Promise<AuditDoc> {
  const doc: AuditDoc = {
    ...stampNew(ctx, newId('aud'), entry.orgPath),
    kind: entry.kind,
    action: entry.action,
    at: nowOf(ctx),
    rowCount: entry.rowCount,
    detail: entry.detail,
  };
  await ctx.db.audit.insert(doc);
  return doc;
}
