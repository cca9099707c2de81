import type { RxCollection } from 'rxdb';
import { COLLECTION_NAMES, type CollectionName, type ConflictDoc } from '@/domain/schemas';
import { refreshDerivedFields } from './people';
import { stampEdit, type WriteContext } from './writeContext';

const isCollectionName = (name: string): name is CollectionName => (COLLECTION_NAMES as string[]).includes(name);

/**
 * Re-apply the value that lost a merge: write it back into its field of
 * the document (a normal, stamped edit that replicates like any other)
 * and close the conflict record.
 */
export async function reapplyConflict(ctx: WriteContext, conflict: ConflictDoc): Promise<void> {
  const name = conflict.sourceCollection;
  if (!isCollectionName(name)) throw new Error(`unknown collection ${name}`);
  const collection = ctx.db[name] as unknown as RxCollection<Record<string, unknown>>;
  const doc = await collection.findOne(conflict.docId).exec();
  if (!doc) throw new Error(`document ${conflict.docId} is gone`);
  await doc.incrementalPatch({ [conflict.field]: JSON.parse(conflict.losingValue) as unknown, ...stampEdit(ctx) });
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
