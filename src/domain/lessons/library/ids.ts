/**
 * Ids of the built-in lessons, without their text: write rules (server and
 * device) check that a record refers to a real lesson without loading the
 * library. `tests/domain/lessons/library` keeps it equal to BUILT_IN_LESSONS.
 */
export const BUILT_IN_LESSON_IDS: readonly string[] = [
  'builtin-drowning-lower',
  'builtin-traffic-lower',
  'builtin-campus-injury-lower',
  'builtin-fire-upper',
  'builtin-electricity-upper',
  'builtin-food-upper',
  'builtin-body-safety-upper',
  'builtin-earthquake-junior',
  'builtin-crowd-crush-junior',
  'builtin-bullying-junior',
  'builtin-cyber-safety-junior',
  'builtin-fraud-senior',
  'builtin-public-health-senior',
  'builtin-natural-disaster-senior',
  'builtin-social-safety-senior',
];

const IDS = new Set(BUILT_IN_LESSON_IDS);

export function isBuiltInLessonId(id: string): boolean {
  return IDS.has(id);
}
