import type { GradeBand } from './gradeBands';
import type { AudioMime, ImageRef, StoredMedia, VideoMime } from './media';
import type { LessonTopic } from './topics';

/**
 * A safety lesson as stored in `content.body` (kind 'lesson'). Title and
 * topic live on the content document itself (`ContentDoc.title`, `.topic`),
 * so they are not repeated here. `parseLessonBody` turns untrusted JSON into
 * this shape; components switch on `type` tags in one place each.
 */
export interface LessonBody {
  /** Format version: a body from a newer app is refused, not misread. */
  version: 1;
  /**
   * Edition of a published lesson, 1 when absent: counts one up with every
   * change after publishing (see `lessonEdits.ts`); attempts record it.
   */
  edition?: number;
  /** The bands the wording suits (at least one). */
  bands: GradeBand[];
  /** One or two sentences shown in lesson lists. */
  summary: string;
  /** Expected classroom time, for teachers planning a session. */
  minutes: number;
  pages: LessonPage[];
  test: SkillTest;
}

export interface LessonPage {
  title: string;
  blocks: ContentBlock[];
}

export type ContentBlock = HeadingBlock | ParagraphBlock | ListBlock | ImageBlock | AudioBlock | VideoBlock | CalloutBlock;
export type ContentBlockType = ContentBlock['type'];

export interface HeadingBlock {
  type: 'heading';
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

/** Steps or points; ordered lists are read as "first… then…". */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface ImageBlock {
  type: 'image';
  media: ImageRef;
  /** Read aloud and shown when the picture is missing: says what the picture shows. */
  alt: string;
  caption?: string;
}

/**
 * Audio and video are extras "where available": the page must still teach
 * when the file has not been downloaded, so a transcript is encouraged.
 */
export interface AudioBlock {
  type: 'audio';
  media: StoredMedia<AudioMime>;
  title: string;
  transcript?: string;
}

export interface VideoBlock {
  type: 'video';
  media: StoredMedia<VideoMime>;
  title: string;
  poster?: ImageRef;
  transcript?: string;
}

/** A highlighted box: a tip (good practice) or a warning (danger). */
export interface CalloutBlock {
  type: 'callout';
  tone: 'tip' | 'warning';
  title?: string;
  text: string;
}

export interface SkillTest {
  /** Share of questions to answer correctly to pass, 1–100 (percent). */
  passPercent: number;
  questions: Question[];
}

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion;
export type QuestionType = Question['type'];

export interface ChoiceOption {
  /** Stable within the question, so answers survive reordering or shuffling. */
  id: string;
  text: string;
}

interface QuestionBase {
  /** Stable within the lesson: attempts refer to questions by id. */
  id: string;
  prompt: string;
  /** Why the answer is right, shown after answering and in classroom mode. */
  explanation: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
  /** Id of the one correct option. */
  correct: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
  /** Ids of every correct option; an answer must select exactly these. */
  correct: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true_false';
  correct: boolean;
}

/** A student's answer to one question, tagged like the question it answers. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'true_false'; value: boolean };

/** Answers by question id; unanswered questions are simply absent. */
export type AnswerSheet = Record<string, Answer>;

/** A lesson with its identity, as the built-in library ships them. */
export interface Lesson {
  id: string;
  title: string;
  topic: LessonTopic;
  body: LessonBody;
}
