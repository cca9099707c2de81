import type { RxCollection } from 'rxdb';
import { COLLECTION_NAMES, type CollectionName, type ConflictDoc } from '@/domain/schemas';
import { refreshDerivedFields } from './people';
import { stampEdit, type WriteContext } from './writeContext';

const isCollectionName = (name: string): name is CollectionName => (COLLECTION_NAMES as string[]).includes(name);

/** The record's document is no longer on this device (it left the user's scope). */
export class ConflictTargetGone extends Error {
  constructor(readonly docId: string) {
    super(`document ${docId} is not on this device`);
  }
}

/** Fields of a refused document that are the writer's stamps, not what it tried to change. */
const STAMP_FIELDS = new Set(['id', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy', '_deleted', '_meta', '_rev', '_attachments']);

/** What a record asks to write back: one field of a lost merge, or every field of a refused change. */
function valuesToReapply(conflict: ConflictDoc): Record<string, unknown> {
  const lost = JSON.parse(conflict.losingValue) as unknown;
  if (conflict.kind !== 'refused') return { [conflict.field]: lost };
  return Object.fromEntries(Object.entries(lost as Record<string, unknown>).filter(([field]) => !STAMP_FIELDS.has(field)));
}

/**
 * Re-apply what a record kept: the value that lost a merge, written back
 * into its field, or the change the server refused, written again (once
 * its cause is gone — a class that now exists, a person moved back). It is
 * a normal, stamped edit that replicates like any other; the record closes.
 */
export async function reapplyConflict(ctx: WriteContext, conflict: ConflictDoc): Promise<void> {
  const name = conflict.sourceCollection;
  if (!isCollectionName(name)) throw new Error(`unknown collection ${name}`);
  const collection = ctx.db[name] as unknown as RxCollection<Record<string, unknown>>;
  const doc = await collection.findOne(conflict.docId).exec();
  if (!doc) throw new ConflictTargetGone(conflict.docId);
  await doc.incrementalPatch({ ...valuesToReapply(conflict), ...stampEdit(ctx) });
  // A person's search key and masked copies follow the re-applied value.
  if (name === 'people' || name === 'identities') await refreshDerivedFields(ctx, conflict.docId);
  await closeConflict(ctx, conflict.id, 'reapplied');
}

/** Keep the merged value: the conflict is reviewed and closed. */
export async function dismissConflict(ctx: WriteContext, id: string): Promise<void> {
  await closeConflict(ctx, id, 'dismissed');
}

async function closeConflict(ctx: WriteContext, id: string, status: 'reapplied' | 'dismissed'): Promise<void> {
  const record = await ctx.db.conflicts.findOne(id).exec();
  const stamp = stampEdit(ctx);
  await record?.incrementalPatch({ status, resolvedBy: ctx.actor, resolvedAt: stamp.modifiedAt, ...stamp });
}
