/**
 * The time window of an assignment, a special activity (专项活动) or a
 * notice: `[startsAt, endsAt)` in epoch milliseconds, `endsAt` 0 meaning
 * open-ended (as in `ContentDoc`). A deadline "by 30 June" is stored as
 * `endsAt` = 1 July 00:00 Asia/Shanghai.
 */
export interface ActivityWindow {
  startsAt: number;
  endsAt: number;
}

export type WindowPhase = 'upcoming' | 'running' | 'ended';

export function hasDeadline(window: ActivityWindow): boolean {
  return window.endsAt > 0;
}

export function isInWindow(window: ActivityWindow, time: number): boolean {
  return time >= window.startsAt && (!hasDeadline(window) || time < window.endsAt);
}

export function windowPhase(window: ActivityWindow, now: number): WindowPhase {
  if (now < window.startsAt) return 'upcoming';
  return isInWindow(window, now) ? 'running' : 'ended';
}

/**
 * The instant whose roster decides who should complete: now while the
 * window runs, the deadline once it has passed (see `completion.ts`).
 */
export function rosterInstant(window: ActivityWindow, now: number): number {
  return hasDeadline(window) && now >= window.endsAt ? window.endsAt : now;
}
