import { LESSON_RULES, lessonBodySchema } from './lessonSchema';
import type { LessonBody } from './model';
import { runSchema, type ParseResult } from './validation';

export type LessonBodyResult = ParseResult<'lesson', LessonBody>;

/**
 * Validate an untrusted lesson body (`content.body` of kind 'lesson'):
 * strict shapes (no unknown fields or block types), counts and lengths
 * within `LESSON_LIMITS`, and answers that point at real options. The
 * server runs this on every pushed lesson; the editor runs it before saving.
 */
export function parseLessonBody(body: unknown): LessonBodyResult {
  return runSchema(lessonBodySchema, body, 'lesson', LESSON_RULES);
}
