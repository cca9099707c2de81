import { monthKeyOf, monthRange, type MonthKey } from '../activities/shanghaiTime';

export interface TrendPoint {
  month: MonthKey;
  teachers: number;
  students: number;
}

type Entered = { kind: 'teacher' | 'student'; createdAt: number; deletedAt: number };

/** The `count` calendar months up to and including the month of `now`, oldest first. */
export function lastMonths(now: number, count: number): MonthKey[] {
  const months: MonthKey[] = [monthKeyOf(now)];
  while (months.length < count) months.unshift(monthKeyOf(monthRange(months[0] ?? monthKeyOf(now)).start - 1));
  return months;
}

/**
 * Records on the roster at the end of each month (录入进度 over time): entered
 * by then and not deleted by then. The current month counts up to `now`.
 */
export function entryTrend(people: readonly Entered[], months: readonly MonthKey[], now: number): TrendPoint[] {
  return months.map((month) => {
    const end = Math.min(monthRange(month).end, now + 1);
    const on = people.filter((p) => p.createdAt < end && (p.deletedAt === 0 || p.deletedAt >= end));
    return { month, teachers: on.filter((p) => p.kind === 'teacher').length, students: on.filter((p) => p.kind === 'student').length };
  });
}
