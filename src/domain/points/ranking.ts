import type { ActorPoints } from './compute';

export interface UnitRank {
  unitId: string;
  total: number;
  actors: number;
  rank: number;
}

/**
 * Schools (or any units) ranked by the points of the actors in them:
 * `unitOf` maps an actor to its unit, '' leaves it out. Equal totals share a
 * rank (1, 2, 2, 4), ties listed by unit id.
 */
export function rankUnits(points: readonly ActorPoints[], unitOf: (actorId: string) => string): UnitRank[] {
  const totals = new Map<string, { total: number; actors: number }>();
  for (const actor of points) {
    const unitId = unitOf(actor.actorId);
    if (!unitId) continue;
    const entry = totals.get(unitId) ?? { total: 0, actors: 0 };
    entry.total += actor.total;
    entry.actors += 1;
    totals.set(unitId, entry);
  }
  const sorted = [...totals].sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : 1));
  return sorted.map(([unitId, entry], index) => {
    const first = sorted.findIndex(([, other]) => other.total === entry.total);
    return { unitId, ...entry, rank: first === -1 ? index + 1 : first + 1 };
  });
}
