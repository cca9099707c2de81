import type {
  AudioMime, ContentBlock, GradeBand, ImageRef, LessonBody, LessonTopic, Question, QuestionType, StoredMedia, VideoMime,
} from '@/domain/lessons';

/**
 * What the lesson editor edits: a lesson body in the shape people fill in
 * (text pages, questions with options), turned into a `LessonBody` by
 * `toLessonBody` and validated with the server's own `parseLessonBody`
 * before anything is saved. Ids of questions and options are made here, so
 * attempts keep referring to the same question after later edits.
 */
/** A text block, or a medium with its one line of text (a picture's description, a recording's title). */
export type DraftBlock =
  | { type: 'heading' | 'paragraph'; text: string }
  | { type: 'image'; text: string; media: ImageRef }
  | { type: 'audio'; text: string; media: StoredMedia<AudioMime> }
  | { type: 'video'; text: string; media: StoredMedia<VideoMime> };

function toBlock(b: DraftBlock): ContentBlock {
  switch (b.type) {
    case 'image':
      return { type: 'image', media: b.media, alt: b.text };
    case 'audio':
      return { type: 'audio', media: b.media, title: b.text };
    case 'video':
      return { type: 'video', media: b.media, title: b.text };
    default:
      return { type: b.type, text: b.text };
  }
}

/** The editable form of a stored block; null for what this editor cannot edit without losing it. */
function fromBlock(b: ContentBlock): DraftBlock | null {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { type: b.type, text: b.text };
    case 'image':
      return b.caption === undefined ? { type: 'image', text: b.alt, media: b.media } : null;
    case 'audio':
      return b.transcript === undefined ? { type: 'audio', text: b.title, media: b.media } : null;
    case 'video':
      return b.transcript === undefined && b.poster === undefined ? { type: 'video', text: b.title, media: b.media } : null;
    default:
      return null;
  }
}

export interface DraftPage {
  title: string;
  blocks: DraftBlock[];
}

export interface DraftQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  /** Choice options (ignored for true/false). */
  options: { id: string; text: string }[];
  /** Ids of the correct options; for true/false, 'true' or 'false'. */
  correct: string[];
}

export interface LessonDraft {
  title: string;
  topic: LessonTopic | '';
  bands: GradeBand[];
  summary: string;
  minutes: number;
  passPercent: number;
  pages: DraftPage[];
  questions: DraftQuestion[];
}

let counter = 0;
/** A fresh local id ('q-…', 'o-…'), valid for the schema's `localId`. */
function freshId(prefix: 'q' | 'o'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
}

export function newPage(): DraftPage {
  return { title: '', blocks: [{ type: 'paragraph', text: '' }] };
}

export function newOption(): { id: string; text: string } {
  return { id: freshId('o'), text: '' };
}

export function newQuestion(type: QuestionType = 'single'): DraftQuestion {
  return { id: freshId('q'), type, prompt: '', explanation: '', options: [newOption(), newOption()], correct: [] };
}

export function emptyDraft(): LessonDraft {
  return { title: '', topic: '', bands: [], summary: '', minutes: 20, passPercent: 60, pages: [newPage()], questions: [newQuestion()] };
}

function toQuestion(q: DraftQuestion): Question {
  const base = { id: q.id, prompt: q.prompt, explanation: q.explanation };
  if (q.type === 'true_false') return { ...base, type: 'true_false', correct: q.correct[0] === 'true' };
  if (q.type === 'single') return { ...base, type: 'single', options: q.options, correct: q.correct[0] ?? '' };
  return { ...base, type: 'multiple', options: q.options, correct: q.correct };
}

/** The body to validate and store; text is kept as typed (nothing a user entered is silently changed). */
export function toLessonBody(d: LessonDraft): LessonBody {
  return {
    version: 1,
    bands: d.bands,
    summary: d.summary,
    minutes: d.minutes,
    pages: d.pages.map((p) => ({ title: p.title, blocks: p.blocks.map(toBlock) })),
    test: { passPercent: d.passPercent, questions: d.questions.map(toQuestion) },
  };
}

function fromQuestion(q: Question): DraftQuestion {
  const common = { id: q.id, prompt: q.prompt, explanation: q.explanation };
  if (q.type === 'true_false') return { ...common, type: q.type, options: [], correct: [String(q.correct)] };
  return { ...common, type: q.type, options: q.options.map((o) => ({ ...o })), correct: q.type === 'single' ? [q.correct] : [...q.correct] };
}

/**
 * A stored lesson back in the editor: headings, paragraphs, pictures, audio
 * and video are editable here; `null` when a page holds anything else
 * (lists, callouts, captions, transcripts, posters), so such a lesson is
 * never saved back without them.
 */
export function fromLesson(title: string, topic: LessonTopic | '', body: LessonBody): LessonDraft | null {
  const pages = body.pages.map((p) => ({ title: p.title, blocks: p.blocks.map(fromBlock) }));
  if (pages.some((p) => p.blocks.some((b) => b === null))) return null;
  return {
    title,
    topic,
    bands: [...body.bands],
    summary: body.summary,
    minutes: body.minutes,
    passPercent: body.test.passPercent,
    pages: pages.map((p) => ({ title: p.title, blocks: p.blocks.filter((b): b is DraftBlock => b !== null) })),
    questions: body.test.questions.map(fromQuestion),
  };
}

/**
 * What the editor checks before the body schema: the content document's own
 * fields, and a true/false answer (the body stores a boolean, so "not
 * chosen" would otherwise be saved as 'false'). Paths as `parseLessonBody`'s.
 */
export function checkDraft(d: LessonDraft): { path: string; code: string; message: string }[] {
  const problems: { path: string; code: string; message: string }[] = [];
  if (d.title.trim() === '') problems.push({ path: 'title', code: 'blank', message: '不能为空' });
  if (d.topic === '') problems.push({ path: 'topic', code: 'required', message: '缺少必填项' });
  d.questions.forEach((q, i) => {
    if (q.type === 'true_false' && q.correct.length === 0) problems.push({ path: `test.questions.${i}.correct`, code: 'required', message: '缺少必填项' });
  });
  return problems;
}
