import type { HazardLevel } from './vocabulary';

/**
 * Default rectification periods (整改期限): a 一般 hazard within a week, a
 * 重大 hazard within a month, for the plan, works and re-check it needs.
 * The person registering a hazard may set another deadline.
 */
export const DEADLINE_DAYS: Record<HazardLevel, number> = { general: 7, major: 30 };

export const DAY_MS = 86_400_000;
/** China Standard Time, UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The last millisecond of the Beijing calendar day that contains `at`. */
export function endOfChinaDay(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - 1 - CHINA_OFFSET_MS;
}

/** The end of the day `DEADLINE_DAYS[level]` days after `foundAt` (a deadline is a date, not a time). */
export function defaultDeadline(level: HazardLevel, foundAt: number): number {
  return endOfChinaDay(foundAt + DEADLINE_DAYS[level] * DAY_MS);
}
