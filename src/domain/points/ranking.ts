import type { ActorPoints } from './compute';
import type { StaffPoints } from './schoolPoints';

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

/** A staff member in a ranking: points summed over the schools listing them. */
export interface StaffRank {
  rank: number;
  accountId: string;
  name: string;
  schoolId: string;
  total: number;
}

/**
 * Teacher and school rankings of a subtree from its schools' staff points
 * (computed on the device or read from the server's rollups alike).
 */
export function rankSchoolsAndTeachers(perSchool: readonly { schoolId: string; staff: readonly StaffPoints[] }[]): {
  teachers: StaffRank[];
  schools: UnitRank[];
} {
  const teachers = new Map<string, Omit<StaffRank, 'rank'>>();
  const points: ActorPoints[] = [];
  const schoolOf = new Map<string, string>();
  for (const { schoolId, staff } of perSchool) {
    for (const s of staff) {
      const key = `${schoolId}|${s.accountId}`;
      schoolOf.set(key, schoolId);
      points.push({ actorId: key, total: s.total, byEvent: {} });
      if (s.role !== 'teacher') continue;
      const entry = teachers.get(s.accountId) ?? { accountId: s.accountId, name: s.name, schoolId, total: 0 };
      entry.total += s.total;
      teachers.set(s.accountId, entry);
    }
  }
  const sorted = [...teachers.values()].sort((a, b) => b.total - a.total || (a.accountId < b.accountId ? -1 : 1));
  return {
    teachers: sorted.map((t, i) => ({ ...t, rank: i + 1 })),
    schools: rankUnits(points, (key) => schoolOf.get(key) ?? ''),
  };
}
