/**
 * Calendar months in China Standard Time. Asia/Shanghai has kept UTC+8
 * without daylight saving since 1991, so a fixed offset is exact and the
 * result does not depend on the device's or server's time zone.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month as 'YYYY-MM'. */
export type MonthKey = string;

export function monthKeyOf(time: number): MonthKey {
  const local = new Date(time + OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

/** `[start, end)` of a month in epoch milliseconds; a malformed key is a programming error. */
export function monthRange(month: MonthKey): { start: number; end: number } {
  const match = MONTH_KEY.exec(month);
  if (!match) throw new RangeError(`not a month key (YYYY-MM): ${month}`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: Date.UTC(year, index, 1) - OFFSET_MS, end: Date.UTC(year, index + 1, 1) - OFFSET_MS };
}
