import type { ContentDoc } from '@/domain/schemas';
import type { EntryTargetBody } from '@/domain/stats';
import { newId, stampNew, type WriteContext } from './writeContext';

/**
 * Publish an entry target (录入目标) at the administrator's own unit, for
 * its subtree, due by `endsAt` (the server checks who and where).
 */
export async function publishEntryTarget(
  ctx: WriteContext,
  input: { orgPath: string; title: string; body: EntryTargetBody; endsAt: number },
): Promise<ContentDoc> {
  const stamp = stampNew(ctx, newId('et'), input.orgPath);
  const doc: ContentDoc = {
    ...stamp,
    kind: 'entry_target',
    title: input.title,
    topic: '',
    status: 'published',
    startsAt: stamp.createdAt,
    endsAt: input.endsAt,
    body: { measure: input.body.measure, percent: { ...input.body.percent } },
    deletedAt: 0,
  };
  await ctx.db.content.insert(doc);
  return doc;
}
