import { nextLessonEdition, parseLessonBodyFor, type LessonBody, type LessonTopic } from '@/domain/lessons';
import type { ContentDoc } from '@/domain/schemas';
import { newId, stampEdit, stampNew, type WriteContext } from './writeContext';

/**
 * Lessons written in the editor (content kind 'lesson'): saved as a draft
 * (read only by the author unit, and allowed to be incomplete) or published
 * at `orgPath`, readable by that unit's whole subtree. The body is validated
 * with the server's own rule for its status first, so a lesson the server
 * would refuse is never saved; who may publish where is checked by the
 * caller with the server's `checkContentWrite` too.
 */
export interface LessonInput {
  title: string;
  /** '' only in a draft (a draft may be incomplete: `parseLessonBodyFor`). */
  topic: LessonTopic | '';
  orgPath: string;
  status: 'draft' | 'published';
  body: LessonBody;
}

export async function saveLesson(ctx: WriteContext, input: LessonInput, id?: string): Promise<ContentDoc> {
  const parsed = parseLessonBodyFor(input.status, input.body);
  if (!parsed.ok) throw new Error(`invalid lesson: ${parsed.errors[0]?.path ?? ''} ${parsed.errors[0]?.message ?? ''}`);
  const stored = id ? await ctx.db.content.findOne(id).exec() : null;
  // Editing a published lesson makes a new edition (lessonEdits.ts); readers get it with the next sync.
  const edition = nextLessonEdition(stored ? { status: stored.status, body: stored.body } : undefined, parsed.lesson);
  const body = { ...parsed.lesson, edition } as unknown as Record<string, unknown>;
  const fields = { title: input.title, topic: input.topic, status: input.status, body };
  if (stored) {
    await stored.incrementalPatch({ ...stampEdit(ctx), ...fields });
    return stored.getLatest().toJSON() as ContentDoc;
  }
  const doc: ContentDoc = { ...stampNew(ctx, newId('les'), input.orgPath), kind: 'lesson', ...fields, startsAt: 0, endsAt: 0, deletedAt: 0 };
  await ctx.db.content.insert(doc);
  return doc;
}
