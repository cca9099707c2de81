import { ancestorPaths } from '../org/path';
import { emptyFigures, sumFigures, type UnitFigures } from './figures';
import { schoolFigures, type SchoolInput, type StatsOrg } from './schoolFigures';

/**
 * Subtree figures for every unit: a unit's own figures plus the subtree
 * figures of its children (child → parent), bottom-up. Units without own
 * figures (regions) are pure sums. Deleted units are left out.
 */
export function rollUp(units: readonly StatsOrg[], own: ReadonlyMap<string, UnitFigures>): Map<string, UnitFigures> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.deletedAt !== 0) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const result = new Map<string, UnitFigures>();
  const visit = (id: string): UnitFigures => {
    const done = result.get(id);
    if (done) return done;
    const figures = sumFigures([own.get(id) ?? emptyFigures(), ...(children.get(id) ?? []).map(visit)]);
    result.set(id, figures);
    return figures;
  };
  for (const unit of units) if (unit.deletedAt === 0) visit(unit.id);
  return result;
}

/** Documents placed somewhere in a subtree; `orgPath` says where. */
interface Placed {
  orgPath: string;
  deletedAt?: number;
}

export interface SubtreeDocs<O extends StatsOrg = StatsOrg> {
  orgs: readonly O[];
  people: readonly (SchoolInput['people'][number] & Placed)[];
  accounts: readonly (SchoolInput['accounts'][number] & Placed)[];
  content?: SchoolInput['content'];
  activities?: readonly (NonNullable<SchoolInput['activities']>[number] & Placed)[];
  hazards?: readonly (NonNullable<SchoolInput['hazards']>[number] & Placed)[];
  accidents?: readonly (NonNullable<SchoolInput['accidents']>[number] & Placed)[];
}

/**
 * Splits a subtree's documents by the school they lie in (documents above
 * schools are ignored). With `liveOnly`, deleted ones are dropped (hazards,
 * accidents); people and activity records keep theirs, which the roster
 * instants of completion need.
 */
function bySchool<T extends Placed>(docs: readonly T[] | undefined, schoolOf: (path: string) => string | undefined, liveOnly = false) {
  const groups = new Map<string, T[]>();
  for (const doc of docs ?? []) {
    if (liveOnly && (doc.deletedAt ?? 0) > 0) continue;
    const schoolId = schoolOf(doc.orgPath);
    if (schoolId) groups.set(schoolId, [...(groups.get(schoolId) ?? []), doc]);
  }
  return groups;
}

/** The per-school inputs of a subtree, as a device or a full recount on the server assembles them. */
export function schoolInputs(docs: SubtreeDocs, now: number): SchoolInput[] {
  const schoolByPath = new Map(docs.orgs.filter((o) => o.kind === 'school').map((o) => [o.orgPath, o.id]));
  const schoolOf = (path: string) =>
    schoolByPath.get(path) ?? ancestorPaths(path).map((p) => schoolByPath.get(p)).find((id) => id !== undefined);
  const orgs = bySchool(docs.orgs.filter((o) => o.kind === 'class'), schoolOf);
  const people = bySchool(docs.people, schoolOf);
  const accounts = bySchool(docs.accounts, schoolOf);
  const activities = bySchool(docs.activities, schoolOf);
  const hazards = bySchool(docs.hazards, schoolOf, true);
  const accidents = bySchool(docs.accidents, schoolOf, true);
  return docs.orgs
    .filter((o) => o.kind === 'school' && o.deletedAt === 0)
    .map((school) => ({
      school,
      classes: orgs.get(school.id) ?? [],
      people: people.get(school.id) ?? [],
      accounts: accounts.get(school.id) ?? [],
      content: docs.content,
      activities: docs.activities && (activities.get(school.id) ?? []),
      hazards: docs.hazards && (hazards.get(school.id) ?? []),
      accidents: docs.accidents && (accidents.get(school.id) ?? []),
      now,
    }));
}

/** Every unit's subtree figures from a subtree's documents: what the dashboard shows on the device. */
export function subtreeFigures(docs: SubtreeDocs, now: number): Map<string, UnitFigures> {
  const own = new Map<string, UnitFigures>();
  for (const input of schoolInputs(docs, now)) for (const [id, figures] of schoolFigures(input)) own.set(id, figures);
  return rollUp(docs.orgs, own);
}
