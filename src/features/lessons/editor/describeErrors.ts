import type { ValidationError } from '@/domain/lessons';

/**
 * Where a validation error sits, as i18n keys and numbers for people
 * ("第 2 页 第 1 段：不能为空"): the dot path of `parseLessonBody`
 * ("pages.1.blocks.0.text") read back into page, block, question, option and
 * field. Unknown paths fall back to the whole lesson.
 */
export interface ErrorPlace {
  /** i18n keys under `lessonEditor.place`, each with its 1-based number. */
  parts: { key: 'page' | 'block' | 'question' | 'option'; n: number }[];
  /** i18n key under `lessonEditor.field`. */
  field: string;
}

const PLACES: Record<string, ErrorPlace['parts'][number]['key']> = { pages: 'page', blocks: 'block', questions: 'question', options: 'option' };
const FIELDS = new Set(['bands', 'summary', 'minutes', 'pages', 'title', 'blocks', 'text', 'passPercent', 'questions', 'prompt', 'explanation', 'options', 'correct', 'topic']);

export function placeOf(path: string): ErrorPlace {
  const segments = path.split('.').filter((s) => s !== '' && s !== 'test');
  const parts: ErrorPlace['parts'] = [];
  let field = 'lesson';
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i] ?? '';
    const index = Number(segments[i + 1]);
    const key = PLACES[name];
    if (key && Number.isInteger(index)) {
      parts.push({ key, n: index + 1 });
      i += 1;
      field = key === 'block' ? 'text' : 'lesson';
    } else if (FIELDS.has(name)) {
      field = name;
    }
  }
  return { parts, field };
}

/** Codes the editor words itself; others use the domain's Chinese sentence. */
export const TRANSLATED_CODES = new Set(['blank', 'too_long', 'too_short', 'required', 'correct_option_unknown', 'duplicate_correct', 'too_small', 'too_large', 'not_allowed']);

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** One line per error, in the reader's language. */
export function describeError(error: ValidationError, t: Translate): string {
  const place = placeOf(error.path);
  const where = place.parts.map((p) => t(`lessonEditor.place.${p.key}`, { n: p.n })).join(' ');
  const field = place.field === 'lesson' && place.parts.length ? '' : t(`lessonEditor.field.${place.field}`);
  const what = TRANSLATED_CODES.has(error.code) ? t(`lessonEditor.code.${error.code}`) : error.message;
  return `${[where, field].filter(Boolean).join(' ')}：${what}`;
}
