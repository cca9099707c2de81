import { vocabulary } from '../vocabulary';

/**
 * Lesson topics: stable codes stored in `content.topic` and in reports.
 * Labels are the zh-CN words teachers know; the UI may translate the codes
 * through i18n (`lessons.topic.<code>`), exports use these labels.
 *
 * The first five are the modules of the 2007 guideline (中小学公共安全教育
 * 指导纲要); the others are the everyday topics schools teach, each of which
 * belongs to one module (`TOPIC_MODULE`) so statistics can roll up by module.
 * The hazard checklists map their categories to these codes: keep them stable.
 */
const MODULES = vocabulary([
  ['social_safety', '社会安全'],
  ['public_health', '公共卫生'],
  ['accidental_injury', '意外伤害'],
  ['cyber_safety', '网络信息安全'],
  ['natural_disaster', '自然灾害'],
]);
export const GUIDELINE_MODULES = MODULES.codes;
export type GuidelineModule = (typeof GUIDELINE_MODULES)[number];

const TOPICS = vocabulary([
  ...MODULES.entries,
  ['drowning', '防溺水'],
  ['traffic', '交通安全'],
  ['fire', '消防安全'],
  ['food', '食品安全'],
  ['earthquake', '地震'],
  ['crowd_crush', '防踩踏'],
  ['bullying', '防欺凌'],
  ['body_safety', '防性侵'],
  ['electricity', '用电安全'],
  ['fraud', '防诈骗'],
]);
export const LESSON_TOPICS = TOPICS.codes;
export type LessonTopic = (typeof LESSON_TOPICS)[number];
export const LESSON_TOPIC_LABELS = TOPICS.labels;
export const isLessonTopic = TOPICS.has;

/** The guideline module each topic belongs to (a module belongs to itself). */
export const TOPIC_MODULE: Record<LessonTopic, GuidelineModule> = {
  social_safety: 'social_safety',
  public_health: 'public_health',
  accidental_injury: 'accidental_injury',
  cyber_safety: 'cyber_safety',
  natural_disaster: 'natural_disaster',
  drowning: 'accidental_injury',
  traffic: 'accidental_injury',
  fire: 'accidental_injury',
  food: 'public_health',
  earthquake: 'natural_disaster',
  crowd_crush: 'accidental_injury',
  bullying: 'social_safety',
  body_safety: 'social_safety',
  electricity: 'accidental_injury',
  // Telecom and online fraud is taught under social safety (电信网络诈骗).
  fraud: 'social_safety',
};
