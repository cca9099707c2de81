import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { lessonBodySchema } from '@/domain/lessons/lessonSchema';
import { LESSON_LIMITS } from '@/domain/lessons/lessonSchema';
import type { LessonBody } from '@/domain/lessons/model';
import { parseLessonBody } from '@/domain/lessons/parseLessonBody';
import { MAX_ERRORS, type ValidationError } from '@/domain/lessons/validation';
import { sampleBody } from './support/sampleBody';

/** The errors of a body the test expects to be refused. */
function errorsOf(body: unknown): ValidationError[] {
  const result = parseLessonBody(body);
  if (result.ok) throw new Error('expected the body to be refused');
  return result.errors;
}

function firstError(body: unknown): Pick<ValidationError, 'path' | 'code'> {
  const [error] = errorsOf(body);
  return { path: error?.path ?? '', code: error?.code ?? '' };
}

/** A sample body changed by `edit` (which may break it on purpose). */
function edited(edit: (body: Record<string, unknown> & LessonBody) => void): unknown {
  const body = sampleBody() as Record<string, unknown> & LessonBody;
  edit(body);
  return body;
}

describe('parseLessonBody', () => {
  it('returns a valid body unchanged', () => {
    expect(parseLessonBody(sampleBody())).toEqual({ ok: true, lesson: sampleBody() });
  });

  it('infers exactly the documented LessonBody type', () => {
    expectTypeOf<v.InferOutput<typeof lessonBodySchema>>().toEqualTypeOf<LessonBody>();
  });

  it('refuses what is not an object, at the root path', () => {
    expect(firstError('lesson')).toEqual({ path: '', code: 'wrong_type' });
    expect(firstError(null)).toEqual({ path: '', code: 'wrong_type' });
  });

  it('refuses bodies of another format version', () => {
    expect(firstError(edited((b) => Object.assign(b, { version: 2 })))).toEqual({ path: 'version', code: 'not_allowed' });
  });

  it('refuses unknown fields and block types, naming where they are', () => {
    expect(firstError(edited((b) => (b.extra = 1)))).toEqual({ path: 'extra', code: 'unknown_field' });
    expect(firstError(edited((b) => Object.assign(b.pages[0]!.blocks[1]!, { html: '<b>x</b>' })))).toEqual({
      path: 'pages.0.blocks.1.html',
      code: 'unknown_field',
    });
    expect(firstError(edited((b) => (b.pages[1]!.blocks[0] = { type: 'iframe', src: 'x' } as never)))).toEqual({
      path: 'pages.1.blocks.0.type',
      code: 'unknown_variant',
    });
  });

  it('reports missing fields as required', () => {
    expect(firstError(edited((b) => delete (b as Partial<LessonBody>).test))).toEqual({ path: 'test', code: 'required' });
  });

  it('enforces lengths and counts, with the limit in the Chinese message', () => {
    const [error] = errorsOf(edited((b) => (b.pages[0]!.blocks[1] = { type: 'paragraph', text: '字'.repeat(LESSON_LIMITS.paragraph + 1) })));
    expect(error).toEqual({ path: 'pages.0.blocks.1.text', code: 'too_long', message: `最多 ${LESSON_LIMITS.paragraph} 个字` });
    const page = sampleBody().pages[0]!;
    expect(firstError(edited((b) => (b.pages = Array.from({ length: LESSON_LIMITS.pages + 1 }, () => page))))).toEqual({
      path: 'pages',
      code: 'too_long',
    });
    expect(firstError(edited((b) => (b.pages = [])))).toEqual({ path: 'pages', code: 'too_short' });
    expect(firstError(edited((b) => (b.minutes = 0)))).toEqual({ path: 'minutes', code: 'too_small' });
    expect(firstError(edited((b) => (b.minutes = 1.5)))).toEqual({ path: 'minutes', code: 'not_integer' });
  });

  it('refuses blank text', () => {
    const [error] = errorsOf(edited((b) => (b.summary = '  \n ')));
    expect(error).toEqual({ path: 'summary', code: 'blank', message: '不能为空' });
  });

  it('requires every answer to point at an option of its question', () => {
    expect(firstError(edited((b) => Object.assign(b.test.questions[0]!, { correct: 'z' })))).toEqual({
      path: 'test.questions.0.correct',
      code: 'correct_option_unknown',
    });
    expect(firstError(edited((b) => Object.assign(b.test.questions[1]!, { correct: ['a', 'z'] })))).toEqual({
      path: 'test.questions.1.correct',
      code: 'correct_option_unknown',
    });
    expect(firstError(edited((b) => Object.assign(b.test.questions[1]!, { correct: ['a', 'a'] })))).toEqual({
      path: 'test.questions.1.correct',
      code: 'duplicate_correct',
    });
    expect(firstError(edited((b) => Object.assign(b.test.questions[1]!, { correct: [] })))).toEqual({
      path: 'test.questions.1.correct',
      code: 'too_short',
    });
  });

  it('requires distinct question ids, option ids and bands', () => {
    expect(firstError(edited((b) => Object.assign(b.test.questions[2]!, { id: 'q1' })))).toEqual({
      path: 'test.questions',
      code: 'duplicate_question_id',
    });
    expect(firstError(edited((b) => Object.assign(b.test.questions[0]!, { options: [{ id: 'a', text: '甲' }, { id: 'a', text: '乙' }] })))).toEqual({
      path: 'test.questions.0.options',
      code: 'duplicate_option_id',
    });
    expect(firstError(edited((b) => (b.bands = ['junior', 'junior'])))).toEqual({ path: 'bands', code: 'duplicate_band' });
    expect(firstError(edited((b) => (b.bands = [])))).toEqual({ path: 'bands', code: 'too_short' });
  });

  it('requires an explanation on every question', () => {
    expect(firstError(edited((b) => delete (b.test.questions[2] as Partial<LessonBody['test']['questions'][number]>).explanation))).toEqual({
      path: 'test.questions.2.explanation',
      code: 'required',
    });
  });

  it('accepts only safe media references', () => {
    const image = (media: unknown) => edited((b) => Object.assign(b.pages[0]!.blocks[3]!, { media }));
    expect(firstError(image({ source: 'stored', sha256: 'ab'.repeat(32), mime: 'image/svg+xml', bytes: 10 }))).toEqual({
      path: 'pages.0.blocks.3.media.mime',
      code: 'not_allowed',
    });
    expect(firstError(image({ source: 'bundled', path: '/lessons/../secret.svg', mime: 'image/svg+xml' }))).toEqual({
      path: 'pages.0.blocks.3.media.path',
      code: 'bad_format',
    });
    expect(firstError(image({ source: 'url', href: 'https://example.com/a.png' }))).toEqual({
      path: 'pages.0.blocks.3.media.source',
      code: 'unknown_variant',
    });
    expect(firstError(image({ source: 'stored', sha256: 'AB'.repeat(32), mime: 'image/png', bytes: 10 }))).toEqual({
      path: 'pages.0.blocks.3.media.sha256',
      code: 'bad_format',
    });
    expect(firstError(image({ source: 'stored', sha256: 'ab'.repeat(32), mime: 'image/png', bytes: 0 }))).toEqual({
      path: 'pages.0.blocks.3.media.bytes',
      code: 'too_small',
    });
  });

  it('keeps an image of the wrong kind out of an audio block', () => {
    expect(firstError(edited((b) => Object.assign(b.pages[1]!.blocks[0]!, { media: { source: 'stored', sha256: 'ab'.repeat(32), mime: 'image/png', bytes: 9 } })))).toEqual({
      path: 'pages.1.blocks.0.media.mime',
      code: 'not_allowed',
    });
  });

  it('reports at most MAX_ERRORS problems, each with a Chinese message', () => {
    const body = edited((b) => (b.pages[0]!.blocks = Array.from({ length: 20 }, () => ({ type: 'paragraph', text: ' ', extra: 1 }) as never)));
    const errors = errorsOf(body);
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.every((error) => /\p{Script=Han}/u.test(error.message))).toBe(true);
  });
});
