/**
 * Day, week and year keys in China Standard Time (UTC+8, no daylight saving
 * since 1991), so points do not depend on the device's time zone. Weeks run
 * Monday to Sunday (中国的自然周).
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the epoch in Shanghai time: consecutive days differ by 1. */
export function dayNumber(time: number): number {
  return Math.floor((time + OFFSET_MS) / DAY_MS);
}

/** Monday-based week number: the day number of the week's Monday. */
export function weekNumber(time: number): number {
  const day = dayNumber(time);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return day - weekday;
}

export function yearNumber(time: number): number {
  return new Date(time + OFFSET_MS).getUTCFullYear();
}
