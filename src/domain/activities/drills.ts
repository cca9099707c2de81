import type { ActivityKind } from '../schemas/activities';
import { monthRange, type MonthKey } from './shanghaiTime';

/**
 * The monthly drill rule: primary and secondary schools hold at least one
 * emergency drill (应急演练) every calendar month, Asia/Shanghai time. Every
 * stage in `SCHOOL_STAGES` is a primary or secondary school (特殊教育学校
 * and 中职 included, as in the 2006 中小学幼儿园安全管理办法), so the rule
 * applies to every school and needs no stage.
 *
 * - 'met': a drill that has already happened lies in the month;
 * - 'not_yet_due': none yet, but the month has not ended (or not begun);
 * - 'missing': the month is over without one.
 * A drill dated in the future (a plan, or a wrong clock) does not count yet.
 */
export type DrillMonthStatus = 'met' | 'missing' | 'not_yet_due';

export interface MonthlyDrillResult {
  status: DrillMonthStatus;
  /** Drills held in the month so far. */
  drills: number;
}

type DrillLike = { kind: ActivityKind; happenedAt: number; deletedAt: number };

/** `drills`: the school's activity records (other kinds and deleted records are ignored). */
export function monthlyDrillStatus(drills: readonly DrillLike[], month: MonthKey, now: number): MonthlyDrillResult {
  const { start, end } = monthRange(month);
  const held = drills.filter(
    (record) =>
      record.kind === 'drill' && record.deletedAt === 0 && record.happenedAt >= start && record.happenedAt < end && record.happenedAt <= now,
  ).length;
  if (held > 0) return { status: 'met', drills: held };
  return { status: now < end ? 'not_yet_due' : 'missing', drills: 0 };
}
