import type { Lesson } from '../model';
import { bodySafetyUpper } from './bodySafetyUpper';
import { bullyingJunior } from './bullyingJunior';
import { campusInjuryLower } from './campusInjuryLower';
import { crowdCrushJunior } from './crowdCrushJunior';
import { cyberSafetyJunior } from './cyberSafetyJunior';
import { drowningLower } from './drowningLower';
import { earthquakeJunior } from './earthquakeJunior';
import { electricityUpper } from './electricityUpper';
import { foodUpper } from './foodUpper';
import { fireUpper } from './fireUpper';
import { fraudSenior } from './fraudSenior';
import { naturalDisasterSenior } from './naturalDisasterSenior';
import { publicHealthSenior } from './publicHealthSenior';
import { socialSafetySenior } from './socialSafetySenior';
import { trafficLower } from './trafficLower';

/**
 * The built-in library: original lessons written for this product, one file
 * each, available offline from the first load (their illustrations are
 * precached static files). Ids are stable: completions and attempts refer
 * to them. Ordered by grade band, then topic.
 *
 * Kept out of `lessons/index.ts` so screens that do not show lessons do not
 * load the text: import `@/domain/lessons/library` where it is needed.
 */
export const BUILT_IN_LESSONS: readonly Lesson[] = [
  drowningLower,
  trafficLower,
  campusInjuryLower,
  fireUpper,
  electricityUpper,
  foodUpper,
  bodySafetyUpper,
  earthquakeJunior,
  crowdCrushJunior,
  bullyingJunior,
  cyberSafetyJunior,
  fraudSenior,
  publicHealthSenior,
  naturalDisasterSenior,
  socialSafetySenior,
];

const BY_ID = new Map(BUILT_IN_LESSONS.map((lesson) => [lesson.id, lesson]));

export function findBuiltInLesson(id: string): Lesson | undefined {
  return BY_ID.get(id);
}
