/**
 * Safety lessons: what the app and the sync server may use. Import from
 * here (`@/domain/lessons`), not from the files inside. Not re-exported by
 * `src/domain/index.ts`, whose graph stays free of third-party packages:
 * validation uses valibot. The built-in library is a separate entry,
 * `@/domain/lessons/library`, so its text loads only where lessons are shown.
 */

// Topics and grade bands.
export {
  GUIDELINE_MODULES, LESSON_TOPICS, LESSON_TOPIC_LABELS, TOPIC_MODULE, isLessonTopic,
  type GuidelineModule, type LessonTopic,
} from './topics';
export { GRADE_BANDS, GRADE_BAND_LABELS, GRADE_BAND_GRADES, gradeBandOf, bandsInclude, type GradeBand } from './gradeBands';

// The lesson model (content.body of kind 'lesson').
export type {
  Answer, AnswerSheet, AudioBlock, CalloutBlock, ChoiceOption, ContentBlock, ContentBlockType, HeadingBlock, ImageBlock,
  Lesson, LessonBody, LessonPage, ListBlock, MultipleChoiceQuestion, ParagraphBlock, Question, QuestionType,
  SingleChoiceQuestion, SkillTest, TrueFalseQuestion, VideoBlock,
} from './model';
export { LESSON_LIMITS } from './lessonSchema';
export { parseLessonBody, type LessonBodyResult } from './parseLessonBody';
export { parseLessonBodyFor, lessonTopicFits, type LessonStatus } from './lessonStatus';
export { lessonEdition, nextLessonEdition, checkLessonEdit } from './lessonEdits';
export { MAX_ERRORS, type ParseResult, type ValidationError } from './validation';

// Media.
export {
  IMAGE_MIMES, AUDIO_MIMES, VIDEO_MIMES, MEDIA_MAX_BYTES, BUNDLED_IMAGE_PATH, distinctStoredMedia, downloadBytes,
  type AudioMime, type BundledImage, type ImageMime, type ImageRef, type MediaRef, type StoredMedia, type StoredMime,
  type VideoMime,
} from './media';
export { lessonMediaRefs } from './lessonMedia';
export { AUTO_CACHE_MAX_BYTES, offlinePlan, formatBytes, type OfflinePlan } from './offlineMedia';

// Skill tests.
export { scoreAttempt, isCorrectAnswer, type AttemptScore, type QuestionResult } from './scoring';
