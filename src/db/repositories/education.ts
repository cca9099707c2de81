import { parseActivityData, type ActivityDataByKind } from '@/domain/activities';
import type { ActivityDoc, ActivityKind, ContentDoc } from '@/domain/schemas';
import { newId, nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

/**
 * Writes of safety education: activity records (sessions, completions,
 * attempts, acknowledgements, PINs) and what is published for classes
 * (assignments, notices, special activities). The data is validated with the server's own
 * parser first, so a record the server would refuse is never saved.
 */
export interface RecordInput<K extends ActivityKind> {
  kind: K;
  refId: string;
  /** Student, class or school the record is about; `orgPath` is its path. */
  subjectId: string;
  orgPath: string;
  data: ActivityDataByKind[K];
  happenedAt?: number;
  /** A fixed id (one PIN record per student); new records get a fresh one. */
  id?: string;
}

export async function recordActivity<K extends ActivityKind>(ctx: WriteContext, input: RecordInput<K>): Promise<ActivityDoc> {
  const parsed = parseActivityData(input.kind, input.data);
  if (!parsed.ok) throw new Error(`invalid ${input.kind} record: ${parsed.errors[0]?.message ?? ''}`);
  const doc: ActivityDoc = {
    ...stampNew(ctx, input.id ?? newId('act'), input.orgPath),
    kind: input.kind,
    refId: input.refId,
    subjectId: input.subjectId,
    happenedAt: input.happenedAt ?? nowOf(ctx),
    data: parsed.data as unknown as Record<string, unknown>,
    deletedAt: 0,
  };
  await ctx.db.activities.insert(doc);
  return doc;
}

/** Insert a record, or replace the data of the one stored under the same id (a reset PIN). */
export async function upsertRecord<K extends ActivityKind>(ctx: WriteContext, input: RecordInput<K> & { id: string }): Promise<void> {
  const stored = await ctx.db.activities.findOne(input.id).exec();
  if (!stored) {
    await recordActivity(ctx, input);
    return;
  }
  await stored.incrementalPatch({ ...stampEdit(ctx), data: input.data as unknown as Record<string, unknown>, happenedAt: nowOf(ctx) });
}

export interface PublishInput {
  kind: Extract<ContentDoc['kind'], 'assignment' | 'notice' | 'special_activity'>;
  /** The unit it is published to (a teacher's class). */
  orgPath: string;
  title: string;
  topic: string;
  startsAt: number;
  endsAt: number;
  body: Record<string, unknown>;
}

const ID_PREFIX: Record<PublishInput['kind'], string> = { assignment: 'asg', notice: 'ntc', special_activity: 'spa' };

export async function publishContent(ctx: WriteContext, input: PublishInput): Promise<ContentDoc> {
  const doc: ContentDoc = {
    ...stampNew(ctx, newId(ID_PREFIX[input.kind]), input.orgPath),
    kind: input.kind,
    title: input.title,
    topic: input.topic,
    status: 'published',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    body: input.body,
    deletedAt: 0,
  };
  await ctx.db.content.insert(doc);
  return doc;
}
