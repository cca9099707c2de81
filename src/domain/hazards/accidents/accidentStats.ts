import { zeroCounts } from '../records';
import {
  ACCIDENT_CATEGORIES,
  ACCIDENT_PLACES,
  type AccidentCasualties,
  type AccidentCategory,
  type AccidentPlace,
  type AccidentRecord,
} from './accidentTypes';

export interface AccidentCounts {
  total: number;
  byCategory: Record<AccidentCategory, number>;
  byPlace: Record<AccidentPlace, number>;
  /** The 事故统计 table: category × 校内/校外. */
  byCategoryAndPlace: Record<AccidentCategory, Record<AccidentPlace, number>>;
  casualties: AccidentCasualties;
}

/** Counts accidents that occurred in [from, to), or all of them without a period. */
export function countAccidents(
  accidents: readonly Pick<AccidentRecord, 'category' | 'place' | 'occurredAt' | 'casualties'>[],
  period?: { from: number; to: number },
): AccidentCounts {
  const counts: AccidentCounts = {
    total: 0,
    byCategory: zeroCounts(ACCIDENT_CATEGORIES),
    byPlace: zeroCounts(ACCIDENT_PLACES),
    byCategoryAndPlace: Object.fromEntries(ACCIDENT_CATEGORIES.map((c) => [c, zeroCounts(ACCIDENT_PLACES)])) as AccidentCounts['byCategoryAndPlace'],
    casualties: { studentsInjured: 0, studentsDead: 0, staffInjured: 0, staffDead: 0 },
  };
  for (const a of accidents) {
    if (period && (a.occurredAt < period.from || a.occurredAt >= period.to)) continue;
    counts.total += 1;
    counts.byCategory[a.category] += 1;
    counts.byPlace[a.place] += 1;
    counts.byCategoryAndPlace[a.category][a.place] += 1;
    for (const key of Object.keys(counts.casualties) as (keyof AccidentCasualties)[]) {
      counts.casualties[key] += a.casualties[key];
    }
  }
  return counts;
}
