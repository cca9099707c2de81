import { ACCIDENT_CATEGORIES, ACCIDENT_PLACES, type AccidentCategory, type AccidentPlace } from '../hazards/accidents/accidentTypes';
import { REVIEW_STATUSES, type ReviewStatus } from '../roster/review';

/**
 * The figures of one unit (a class, a school, a township …). Every figure
 * is a count, so a parent's figures are the sums of its children's plus
 * its own: rates are derived at display time from the summed numerators
 * and denominators (averaging rates would weigh a class of 10 like one of
 * 50).
 *
 * A section is `null` when the feature has no data in the unit — no
 * activity records, no published lessons, no hazard register: the
 * dashboard shows "暂无" (absent), never 0 %.
 */
export interface Ratio {
  done: number;
  of: number;
}

export type RosterCounts = Record<ReviewStatus, number>;

export const ACCOUNT_GROUPS = ['school', 'class', 'teacher', 'student'] as const;
export type AccountGroup = (typeof ACCOUNT_GROUPS)[number];

export interface DrillFigures {
  /** Schools that held a drill in the last complete month (the monthly rule) … */
  lastMonthMet: number;
  /** … and those that did not. */
  lastMonthMissing: number;
  /** Schools with a drill so far this month. */
  thisMonthMet: number;
}

export interface HazardFigures {
  open: number;
  overdue: number;
  closed: number;
  /** 整改率: of the hazards found up to the figures' date, those closed (销号). */
  rectification: Ratio;
}

export interface AccidentFigures {
  total: number;
  byCategory: Record<AccidentCategory, number>;
  byPlace: Record<AccidentPlace, number>;
}

export interface UnitFigures {
  units: { schools: number; classes: number; teachers: number; students: number };
  /** 账号开通率 per group: units or people with an active account / all of them. */
  accounts: Record<AccountGroup, Ratio>;
  /** 录入 draft / 待审核 pending / 已审核 approved / 退回 returned. */
  roster: { teacher: RosterCounts; student: RosterCounts };
  /** Running lessons, assignments and special activities: students completed / should complete. */
  lessons: Ratio | null;
  /** Running notices: families acknowledged / should acknowledge (家长回执). */
  acknowledgements: Ratio | null;
  drills: DrillFigures | null;
  hazards: HazardFigures | null;
  accidents: AccidentFigures | null;
}

const zeroRatio = (): Ratio => ({ done: 0, of: 0 });
const zeroRoster = (): RosterCounts => Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as RosterCounts;

export function emptyFigures(): UnitFigures {
  return {
    units: { schools: 0, classes: 0, teachers: 0, students: 0 },
    accounts: { school: zeroRatio(), class: zeroRatio(), teacher: zeroRatio(), student: zeroRatio() },
    roster: { teacher: zeroRoster(), student: zeroRoster() },
    lessons: null,
    acknowledgements: null,
    drills: null,
    hazards: null,
    accidents: null,
  };
}

export function emptyAccidents(): AccidentFigures {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return { total: 0, byCategory: zero(ACCIDENT_CATEGORIES), byPlace: zero(ACCIDENT_PLACES) };
}

/** done / of, or null when nobody or nothing was expected (no rate, not 0 %). */
export function rate(ratio: Ratio | null): number | null {
  return ratio && ratio.of > 0 ? ratio.done / ratio.of : null;
}

type Tree = number | null | { [key: string]: Tree };

/**
 * a + b, field by field. `null` (absent) plus a value is the value; absent
 * plus absent stays absent. (No subtraction: the server's rollup re-adds a
 * unit's children instead, so absent sections stay exact.)
 */
function combine(a: Tree, b: Tree): Tree {
  if (b === null) return a;
  if (a === null) return b;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) + Number(b);
  const out: { [key: string]: Tree } = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = combine(a[key] ?? null, b[key] ?? null);
  return out;
}

/** The figures of a parent: the sum of its parts. */
export function addFigures(a: UnitFigures, b: UnitFigures): UnitFigures {
  return combine(a as unknown as Tree, b as unknown as Tree) as unknown as UnitFigures;
}

export function sumFigures(parts: readonly UnitFigures[]): UnitFigures {
  return parts.reduce(addFigures, emptyFigures());
}
