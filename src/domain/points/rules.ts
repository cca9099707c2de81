import { arrayOf, isInt, oneOf, optional, strictObject, type PlainResult } from '../stats/plainCheck';

/**
 * The usage-points rule table (积分规则, seed 003), published from above as
 * content of kind 'points_rule' (body `PointsRuleBody`).
 *
 * Each rule scores one kind of event the product records. `caps` limit how
 * many events of the kind count per calendar day, week (Monday–Sunday) and
 * year, Asia/Shanghai time; later events beyond a cap score nothing. A
 * `streak` raises the points per day once the actor has had an event on more
 * than `afterDays` consecutive days; a day without one restarts the count.
 */
export const POINTS_EVENTS = [
  'sign_in', // 空间登录
  'classroom_session', // 互动授课: a whole-class lesson session
  'assignment_completed', // 导学检测: an assignment done by enough students in time
  'inspection', // 隐患排查
  'rectification', // 整改销号
  'drill', // 应急演练
] as const;
export type PointsEvent = (typeof POINTS_EVENTS)[number];

export interface PointsCaps {
  day?: number;
  week?: number;
  year?: number;
}

export interface PointsRule {
  event: PointsEvent;
  points: number;
  caps: PointsCaps;
  /** From day `afterDays + 1` of an unbroken run of days, each day's event scores `points` instead. */
  streak?: { afterDays: number; points: number };
  /** Only events lasting at least this long count (互动授课: 15 minutes). */
  minMinutes?: number;
  /** Only events reaching this count count (导学检测: 10 students). */
  minCount?: number;
  /** … and reached within this many days of the event's start (导学检测: 30 days). */
  withinDays?: number;
}

export interface PointsRuleBody {
  rules: PointsRule[];
}

/** Seed 003's examples, the table a province starts from. */
export const DEFAULT_POINTS_RULES: PointsRule[] = [
  { event: 'sign_in', points: 1, caps: { day: 1 }, streak: { afterDays: 7, points: 2 } },
  { event: 'classroom_session', points: 5, caps: { week: 2 }, minMinutes: 15 },
  { event: 'assignment_completed', points: 5, caps: { week: 2 }, minCount: 10, withinDays: 30 },
  { event: 'inspection', points: 5, caps: { week: 1 } },
  { event: 'rectification', points: 2, caps: { week: 5 } },
  { event: 'drill', points: 10, caps: { week: 1 } },
];

const cap = optional(isInt(1, 1000));

const isRule = strictObject({
  event: oneOf(POINTS_EVENTS),
  points: isInt(0, 1000),
  caps: strictObject({ day: cap, week: cap, year: cap }),
  streak: optional(strictObject({ afterDays: isInt(1, 366), points: isInt(0, 1000) })),
  minMinutes: optional(isInt(1, 600)),
  minCount: optional(isInt(1, 10000)),
  withinDays: optional(isInt(1, 366)),
});
const isRules = arrayOf(isRule, 1, POINTS_EVENTS.length);

/** A rule table: known fields only, one rule per event (同一事件只能有一条规则). */
export function parsePointsRuleBody(body: unknown): PlainResult<PointsRuleBody> {
  const rules = (body as { rules?: unknown } | null)?.rules;
  if (!strictObject({ rules: isRules })(body) || !Array.isArray(rules)) return { ok: false };
  const events = (rules as PointsRule[]).map((r) => r.event);
  return new Set(events).size === events.length ? { ok: true, body: body as PointsRuleBody } : { ok: false };
}
