import { isWithin } from '../org/path';
import { computePoints, type ActorPoints } from './compute';
import { eventsFromDocs, type EventDocs } from './events';
import { DEFAULT_POINTS_RULES, parsePointsRuleBody, type PointsRule } from './rules';
import { runsToDays, signInEvents } from './signIns';

type Placed<T> = T & { orgPath: string };
type RuleDoc = { kind: string; status: string; deletedAt: number; orgPath: string; modifiedAt: number; body: Record<string, unknown> };

/**
 * The rule table in force at `orgPath`: the newest valid table published
 * at the nearest unit at or above it; seed 003's table when there is none.
 */
export function rulesAt(content: readonly RuleDoc[], orgPath: string): PointsRule[] {
  const tables = content
    .filter((d) => d.kind === 'points_rule' && d.status === 'published' && d.deletedAt === 0 && isWithin(orgPath, d.orgPath))
    .sort((a, b) => b.orgPath.length - a.orgPath.length || b.modifiedAt - a.modifiedAt);
  for (const doc of tables) {
    const parsed = parsePointsRuleBody(doc.body);
    if (parsed.ok) return parsed.body.rules;
  }
  return DEFAULT_POINTS_RULES;
}

/** Roles whose points count for a school: its staff, not students, classroom computers or units above. */
const STAFF_ROLES: ReadonlySet<string> = new Set(['school_admin', 'safety_leader', 'teacher']);

export function earnsPoints(role: string): boolean {
  return STAFF_ROLES.has(role);
}

export interface PointsAccount {
  id: string;
  role: string;
  displayName: string;
  orgPath: string;
}

/** One staff member's points in one school, as the rankings list them. */
export interface StaffPoints {
  accountId: string;
  name: string;
  role: string;
  total: number;
}

export interface SchoolPointsInput {
  schoolPath: string;
  /** Accounts placed in the school's subtree. */
  accounts: readonly PointsAccount[];
  /** Content visible to the school (rule tables and its teachers' assignments). */
  content: readonly (NonNullable<EventDocs['content']>[number] & RuleDoc)[];
  activities: readonly Placed<EventDocs['activities'][number]>[];
  hazards: readonly Placed<NonNullable<EventDocs['hazards']>[number]>[];
  inspections: readonly Placed<NonNullable<EventDocs['inspections']>[number]>[];
  /** Sign-in days per account, as runs (signIns.ts). */
  signIns: Readonly<Record<string, readonly number[]>>;
}

/**
 * The points of a school's staff under the school's rule table, from the
 * school's records and its staff's sign-in days: the one computation the
 * device (school, township) and the server's rollups (county and above)
 * both run, so both show the same rankings. Records written in the school
 * by someone who is not its staff (a county administrator entering on its
 * behalf) score nothing here.
 */
export function schoolPoints(input: SchoolPointsInput): StaffPoints[] {
  const staff = new Map(
    input.accounts.filter((a) => earnsPoints(a.role) && isWithin(a.orgPath, input.schoolPath)).map((a) => [a.id, a]),
  );
  const inSchool = <T extends { orgPath: string }>(docs: readonly T[]) => docs.filter((d) => isWithin(d.orgPath, input.schoolPath));
  const events = [
    ...eventsFromDocs({
      activities: inSchool(input.activities),
      hazards: inSchool(input.hazards),
      inspections: inSchool(input.inspections),
      content: inSchool(input.content),
    }),
    ...Object.entries(input.signIns).flatMap(([id, runs]) => signInEvents(id, runsToDays(runs))),
  ].filter((e) => staff.has(e.actorId));
  const points: ActorPoints[] = computePoints(rulesAt(input.content, input.schoolPath), events);
  return points.map((p) => {
    const account = staff.get(p.actorId);
    return { accountId: p.actorId, name: account?.displayName ?? '', role: account?.role ?? '', total: p.total };
  });
}
