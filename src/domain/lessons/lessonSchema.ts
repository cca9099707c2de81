import * as v from 'valibot';
import { GRADE_BANDS } from './gradeBands';
import { audioRefSchema, imageRefSchema, videoRefSchema } from './media';
import type { Answer, ContentBlock, LessonBody, Question } from './model';
import { hasUniqueValues, integer, localId, rule, text } from './validation';

/**
 * Limits on lesson bodies. The server runs `parseLessonBody` on every pushed
 * lesson, so these bound what one document may weigh (roughly 30 pages × 20
 * blocks × 1,000 characters at the very most); the editor shows them as
 * counters.
 */
export const LESSON_LIMITS = {
  summary: 200,
  minutes: 240,
  pages: 30,
  pageTitle: 40,
  blocksPerPage: 20,
  heading: 60,
  paragraph: 1000,
  listItems: 12,
  listItem: 200,
  alt: 150,
  caption: 150,
  mediaTitle: 60,
  transcript: 5000,
  calloutTitle: 30,
  calloutText: 500,
  questions: 30,
  prompt: 300,
  minOptions: 2,
  maxOptions: 6,
  optionText: 150,
  explanation: 500,
} as const;

const L = LESSON_LIMITS;

/** Chinese sentences for this schema's rule codes (see `validation.ts`). */
export const LESSON_RULES: Record<string, string> = {
  duplicate_band: '年级段重复',
  duplicate_question_id: '题目编号重复',
  duplicate_option_id: '选项编号重复',
  duplicate_correct: '正确答案重复',
  correct_option_unknown: '正确答案不在选项中',
};

const blockSchema = v.variant('type', [
  v.strictObject({ type: v.literal('heading'), text: text(L.heading) }),
  v.strictObject({ type: v.literal('paragraph'), text: text(L.paragraph) }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.boolean(),
    items: v.pipe(v.array(text(L.listItem)), v.minLength(1), v.maxLength(L.listItems)),
  }),
  v.strictObject({
    type: v.literal('image'),
    media: imageRefSchema,
    alt: text(L.alt),
    caption: v.optional(text(L.caption)),
  }),
  v.strictObject({
    type: v.literal('audio'),
    media: audioRefSchema,
    title: text(L.mediaTitle),
    transcript: v.optional(text(L.transcript)),
  }),
  v.strictObject({
    type: v.literal('video'),
    media: videoRefSchema,
    title: text(L.mediaTitle),
    poster: v.optional(imageRefSchema),
    transcript: v.optional(text(L.transcript)),
  }),
  v.strictObject({
    type: v.literal('callout'),
    tone: v.picklist(['tip', 'warning']),
    title: v.optional(text(L.calloutTitle)),
    text: text(L.calloutText),
  }),
]) satisfies v.GenericSchema<unknown, ContentBlock>;

const pageSchema = v.strictObject({
  title: text(L.pageTitle),
  blocks: v.pipe(v.array(blockSchema), v.minLength(1), v.maxLength(L.blocksPerPage)),
});

const optionsSchema = v.pipe(
  v.array(v.strictObject({ id: localId(), text: text(L.optionText) })),
  v.minLength(L.minOptions),
  v.maxLength(L.maxOptions),
  rule((options) => hasUniqueValues(options.map((option) => option.id)), 'duplicate_option_id'),
);

const questionBase = { id: localId(), prompt: text(L.prompt), explanation: text(L.explanation) };

const optionIds = (options: { id: string }[]) => new Set(options.map((option) => option.id));

const questionSchema = v.variant('type', [
  v.pipe(
    v.strictObject({ type: v.literal('single'), ...questionBase, options: optionsSchema, correct: localId() }),
    v.forward(rule((q) => optionIds(q.options).has(q.correct), 'correct_option_unknown'), ['correct']),
  ),
  v.pipe(
    v.strictObject({
      type: v.literal('multiple'),
      ...questionBase,
      options: optionsSchema,
      correct: v.pipe(
        v.array(localId()),
        v.minLength(1),
        v.maxLength(L.maxOptions),
        rule((ids) => hasUniqueValues(ids), 'duplicate_correct'),
      ),
    }),
    v.forward(rule((q) => q.correct.every((id) => optionIds(q.options).has(id)), 'correct_option_unknown'), ['correct']),
  ),
  v.strictObject({ type: v.literal('true_false'), ...questionBase, correct: v.boolean() }),
]) satisfies v.GenericSchema<unknown, Question>;

export const lessonBodySchema = v.strictObject({
  version: v.literal(1),
  edition: v.optional(integer(1, 1_000_000)),
  bands: v.pipe(
    v.array(v.picklist(GRADE_BANDS)),
    v.minLength(1),
    v.maxLength(GRADE_BANDS.length),
    rule((bands) => hasUniqueValues(bands), 'duplicate_band'),
  ),
  summary: text(L.summary),
  minutes: integer(1, L.minutes),
  pages: v.pipe(v.array(pageSchema), v.minLength(1), v.maxLength(L.pages)),
  test: v.strictObject({
    passPercent: integer(1, 100),
    questions: v.pipe(
      v.array(questionSchema),
      v.minLength(1),
      v.maxLength(L.questions),
      rule((questions) => hasUniqueValues(questions.map((q) => q.id)), 'duplicate_question_id'),
    ),
  }),
}) satisfies v.GenericSchema<unknown, LessonBody>;

export const answerSchema = v.variant('type', [
  v.strictObject({ type: v.literal('single'), optionId: localId() }),
  v.strictObject({
    type: v.literal('multiple'),
    optionIds: v.pipe(v.array(localId()), v.maxLength(L.maxOptions)),
  }),
  v.strictObject({ type: v.literal('true_false'), value: v.boolean() }),
]) satisfies v.GenericSchema<unknown, Answer>;
