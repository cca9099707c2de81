import { parseLessonBody, type LessonBodyResult } from './parseLessonBody';
import { isLessonTopic } from './topics';
import type { ValidationError } from './validation';

/**
 * What a lesson must satisfy in each status. A draft is work in progress:
 * it keeps the lesson's shape (known fields and block types, lengths and
 * counts within `LESSON_LIMITS`, so a draft weighs what a lesson may) but
 * may be incomplete — blank texts, no pages or questions yet, a question
 * without its answer, no topic chosen. Publishing validates fully: readers
 * and the classroom only ever see complete lessons.
 */
export type LessonStatus = 'draft' | 'published';

/** The errors that only say "not finished yet". */
function isIncomplete(error: ValidationError): boolean {
  if (error.code === 'blank' || error.code === 'too_short' || error.code === 'correct_option_unknown') return true;
  // An unchosen single-choice answer is stored as '' (the editor's "none yet").
  return error.code === 'bad_format' && /(^|\.)correct$/.test(error.path);
}

/** Validate a lesson body for `status`: fully when published, tolerating only incompleteness in a draft. */
export function parseLessonBodyFor(status: LessonStatus, body: unknown): LessonBodyResult {
  const full = parseLessonBody(body, { all: status === 'draft' });
  if (full.ok || status !== 'draft') return full;
  const errors = full.errors.filter((error) => !isIncomplete(error));
  // Only incompleteness: the shape is a lesson's, so the body is one (with gaps).
  return errors.length ? { ok: false, errors } : { ok: true, lesson: body as never };
}

/** The topic a lesson in `status` may carry: any of the topics, or none yet in a draft. */
export function lessonTopicFits(status: LessonStatus, topic: string): boolean {
  return isLessonTopic(topic) || (status === 'draft' && topic === '');
}
