import { LESSON_RULES, lessonBodySchema } from './lessonSchema';
import type { LessonBody } from './model';
import { runSchema, type ParseResult } from './validation';

export type LessonBodyResult = ParseResult<'lesson', LessonBody>;

/**
 * Validate an untrusted lesson body (`content.body` of kind 'lesson'):
 * strict shapes (no unknown fields or block types), counts and lengths
 * within `LESSON_LIMITS`, and answers that point at real options. The
 * server runs this on every pushed lesson; the editor runs it before saving.
 * `all`: report every error, not the first `MAX_ERRORS` (a draft's check
 * must see past its gaps).
 */
export function parseLessonBody(body: unknown, options: { all?: boolean } = {}): LessonBodyResult {
  return runSchema(lessonBodySchema, body, 'lesson', LESSON_RULES, options.all ? Infinity : undefined);
}
