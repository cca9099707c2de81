import { dayNumber, weekNumber, yearNumber } from './calendar';
import type { PointsEvent, PointsRule } from './rules';

/**
 * One event that may score: who did what, when. `minutes` and `count` are
 * the measures rules may demand (a session's length; how many students
 * finished an assignment and after how many days).
 */
export interface ScoredEvent {
  /** A stable id; ties in time are ordered by it so results never depend on input order. */
  id: string;
  actorId: string;
  event: PointsEvent;
  at: number;
  minutes?: number;
  count?: number;
  /** Days from the event's start until `count` was reached. */
  days?: number;
}

export interface ActorPoints {
  actorId: string;
  total: number;
  byEvent: Partial<Record<PointsEvent, number>>;
}

function qualifies(rule: PointsRule, event: ScoredEvent): boolean {
  if (rule.minMinutes !== undefined && (event.minutes ?? 0) < rule.minMinutes) return false;
  if (rule.minCount !== undefined && (event.count ?? 0) < rule.minCount) return false;
  if (rule.withinDays !== undefined && (event.days ?? Infinity) > rule.withinDays) return false;
  return true;
}

/** Counts of scored events per period key, to enforce the caps. */
class CapCounter {
  private readonly used = new Map<string, number>();

  private keys(time: number): [string, number][] {
    return [
      [`d${dayNumber(time)}`, 0],
      [`w${weekNumber(time)}`, 1],
      [`y${yearNumber(time)}`, 2],
    ];
  }

  /** Takes one slot under every cap, or returns false when one is full. */
  take(rule: PointsRule, time: number): boolean {
    const limits = [rule.caps.day, rule.caps.week, rule.caps.year];
    const keys = this.keys(time);
    if (keys.some(([key, i]) => limits[i] !== undefined && (this.used.get(key) ?? 0) >= (limits[i] ?? 0))) return false;
    for (const [key] of keys) this.used.set(key, (this.used.get(key) ?? 0) + 1);
    return true;
  }
}

/** Unbroken runs of days with an event: day number → position in its run (1-based). */
function streakPositions(events: readonly ScoredEvent[]): Map<number, number> {
  const days = [...new Set(events.map((e) => dayNumber(e.at)))].sort((a, b) => a - b);
  const positions = new Map<number, number>();
  let previous = Number.NaN;
  let run = 0;
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    positions.set(day, run);
    previous = day;
  }
  return positions;
}

/** Points of one actor for one rule's events, in time order. */
function scoreRule(rule: PointsRule, events: readonly ScoredEvent[]): number {
  const counted = events.filter((event) => qualifies(rule, event));
  // A streak counts days with a qualifying event, whether or not a cap let it score.
  const positions = rule.streak ? streakPositions(counted) : undefined;
  const caps = new CapCounter();
  let total = 0;
  for (const event of counted) {
    if (!caps.take(rule, event.at)) continue;
    const position = positions?.get(dayNumber(event.at)) ?? 0;
    total += rule.streak && position > rule.streak.afterDays ? rule.streak.points : rule.points;
  }
  return total;
}

const byTimeThenId = (a: ScoredEvent, b: ScoredEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Everyone's points under a rule table: pure and deterministic — the same
 * rules and events give the same result in any order, on the device and on
 * the server. Events without a rule score nothing. Actors are returned by
 * points, then id.
 */
export function computePoints(rules: readonly PointsRule[], events: readonly ScoredEvent[]): ActorPoints[] {
  const ruleOf = new Map(rules.map((rule) => [rule.event, rule]));
  const grouped = new Map<string, Map<PointsEvent, ScoredEvent[]>>();
  for (const event of [...events].sort(byTimeThenId)) {
    if (!ruleOf.has(event.event)) continue;
    const actor = grouped.get(event.actorId) ?? new Map<PointsEvent, ScoredEvent[]>();
    grouped.set(event.actorId, actor);
    actor.set(event.event, [...(actor.get(event.event) ?? []), event]);
  }
  const result: ActorPoints[] = [];
  for (const [actorId, perEvent] of grouped) {
    const byEvent: ActorPoints['byEvent'] = {};
    let total = 0;
    for (const [event, list] of perEvent) {
      const rule = ruleOf.get(event);
      if (!rule) continue;
      byEvent[event] = scoreRule(rule, list);
      total += byEvent[event];
    }
    result.push({ actorId, total, byEvent });
  }
  return result.sort((a, b) => b.total - a.total || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}
