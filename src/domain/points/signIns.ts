import type { ScoredEvent } from './compute';

/**
 * Sign-in days (空间登录), as the server records them: one per account and
 * Shanghai day, from the server's clock when the account signs in or uses
 * its session (never a device's claim). They travel to the school's
 * administrators inside the school's statistics document as runs of
 * consecutive days — `[firstDay, length, firstDay, length, …]` — so a year of
 * daily sign-ins is two numbers, not 365.
 */
export function daysToRuns(days: readonly number[]): number[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[] = [];
  for (const day of sorted) {
    const last = runs.length - 2;
    if (last >= 0 && (runs[last] ?? 0) + (runs[last + 1] ?? 0) === day) runs[last + 1] = (runs[last + 1] ?? 0) + 1;
    else runs.push(day, 1);
  }
  return runs;
}

export function runsToDays(runs: readonly number[]): number[] {
  const days: number[] = [];
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const first = runs[i] ?? 0;
    const length = Math.min(runs[i + 1] ?? 0, 366 * 100);
    for (let d = 0; d < length; d++) days.push(first + d);
  }
  return days;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** Noon, Shanghai time, of a day number: an instant inside that day whatever the rounding. */
export function noonOfDay(day: number): number {
  return day * DAY_MS - OFFSET_MS + DAY_MS / 2;
}

/** The scoring events of one account's sign-in days. */
export function signInEvents(actorId: string, days: readonly number[]): ScoredEvent[] {
  return days.map((day) => ({ id: `si-${actorId}-${day}`, actorId, event: 'sign_in', at: noonOfDay(day) }));
}

