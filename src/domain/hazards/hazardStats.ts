import { zeroCounts } from './records';
import { HAZARD_STATUSES, type HazardState, type HazardStatus } from './hazardTypes';
import { HAZARD_CATEGORIES, HAZARD_LEVELS, type HazardCategory, type HazardLevel } from './vocabulary';

type Countable = Pick<HazardState, 'status' | 'deadline' | 'level' | 'category' | 'supervised' | 'closedAt' | 'foundAt'>;

/**
 * Overdue (超期): not closed and past its deadline. A hazard awaiting
 * re-check counts too: 销号 needs the check, and a late check is late.
 */
export function isOverdue(hazard: Pick<HazardState, 'status' | 'deadline'>, now: number): boolean {
  return hazard.status !== 'closed' && now > hazard.deadline;
}

/** Closed, but after its deadline (超期销号). */
export function wasClosedLate(hazard: Pick<HazardState, 'status' | 'deadline' | 'closedAt'>): boolean {
  return hazard.status === 'closed' && hazard.closedAt > hazard.deadline;
}

/** 挂牌督办 and still open: what the school's home page keeps showing. */
export function isSupervisedOpen(hazard: Pick<HazardState, 'status' | 'supervised'>): boolean {
  return hazard.supervised && hazard.status !== 'closed';
}

export interface HazardCounts {
  total: number;
  open: number;
  overdue: number;
  closed: number;
  closedLate: number;
  supervisedOpen: number;
  byLevel: Record<HazardLevel, number>;
  byCategory: Record<HazardCategory, number>;
  byStatus: Record<HazardStatus, number>;
  /** Open and overdue, by level: 重大隐患超期 is what a county chases first. */
  overdueByLevel: Record<HazardLevel, number>;
}

/** Counts for a list of hazards (a school's, a subtree's, a filtered view) as of `now`. */
export function countHazards(hazards: readonly Countable[], now: number): HazardCounts {
  const counts: HazardCounts = {
    total: hazards.length,
    open: 0,
    overdue: 0,
    closed: 0,
    closedLate: 0,
    supervisedOpen: 0,
    byLevel: zeroCounts(HAZARD_LEVELS),
    byCategory: zeroCounts(HAZARD_CATEGORIES),
    byStatus: zeroCounts(HAZARD_STATUSES),
    overdueByLevel: zeroCounts(HAZARD_LEVELS),
  };
  for (const h of hazards) {
    counts.byLevel[h.level] += 1;
    counts.byCategory[h.category] += 1;
    counts.byStatus[h.status] += 1;
    if (h.status === 'closed') counts.closed += 1;
    else counts.open += 1;
    if (wasClosedLate(h)) counts.closedLate += 1;
    if (isSupervisedOpen(h)) counts.supervisedOpen += 1;
    if (isOverdue(h, now)) {
      counts.overdue += 1;
      counts.overdueByLevel[h.level] += 1;
    }
  }
  return counts;
}

export interface RectificationRate {
  found: number;
  closed: number;
  /** closed / found, 0..1; null when nothing was found (no rate, rather than 0% or 100%). */
  rate: number | null;
}

/**
 * 整改率 for a period [from, to): of the hazards found in the period
 * (`foundAt` in it), the share closed (销号) before the period ended
 * (`closedAt` < to). So a report for March counts a hazard found in March
 * and closed in April as not closed, and a report for March–April counts it
 * as closed. Deterministic: the same hazards and period give the same rate
 * whenever it is computed.
 */
export function rectificationRate(
  hazards: readonly Pick<HazardState, 'foundAt' | 'closedAt' | 'status'>[],
  period: { from: number; to: number },
): RectificationRate {
  const found = hazards.filter((h) => h.foundAt >= period.from && h.foundAt < period.to);
  const closed = found.filter((h) => h.status === 'closed' && h.closedAt < period.to).length;
  return { found: found.length, closed, rate: found.length ? closed / found.length : null };
}
