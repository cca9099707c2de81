import { OK, refuse, type DocLike, type WriteDecision } from '../auth/writeDecision';
import { jsonEqual } from '../sync/jsonValue';

/**
 * Editing a published lesson. The lesson keeps its id, so assignments,
 * special activities and records keep pointing at it, and readers see the
 * new text as soon as it replicates. What changes is its edition
 * (`LessonBody.edition`, 1 when absent): every change of a published body
 * counts one up, and it never goes back.
 *
 * Attempts stay comparable: each records the edition it was taken on
 * (`AttemptData.edition`) together with its own score (correct / total /
 * passed, computed when handed in), and answers refer to questions by id,
 * which the editor keeps when questions are edited. A report counts an old
 * attempt as it was scored; "most often missed" counts by question id, so a
 * question reworded in a later edition keeps its history.
 *
 * A published lesson never goes back to draft: classes and activities
 * already use it. Only its author unit edits it (`writeRules`).
 */
export function lessonEdition(body: unknown): number {
  const edition = typeof body === 'object' && body !== null ? (body as { edition?: unknown }).edition : undefined;
  return typeof edition === 'number' ? edition : 1;
}

/** The edition a saved body carries: one up when a published lesson's body changes. */
export function nextLessonEdition(previous: { status: string; body: unknown } | undefined, body: unknown): number {
  if (!previous) return 1;
  const was = lessonEdition(previous.body);
  if (previous.status !== 'published') return was;
  const { edition: _old, ...before } = previous.body as Record<string, unknown>;
  const { edition: _new, ...after } = body as Record<string, unknown>;
  return jsonEqual(before, after) ? was : was + 1;
}

/** The server's check of a change to a stored lesson (`previous`). */
export function checkLessonEdit(previous: DocLike, next: DocLike): WriteDecision {
  if (previous.status !== 'published' || next._deleted) return OK;
  if (next.status === 'draft') return refuse('lesson_unpublish', '已发布的课程不能改回草稿');
  const expected = nextLessonEdition({ status: 'published', body: previous.body }, next.body);
  return lessonEdition(next.body) === expected ? OK : refuse('lesson_edition', '修改已发布的课程时版本号必须加一');
}
