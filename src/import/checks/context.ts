import type { ClassInfo, GradeCode, OrgKind, PersonKind } from '@/domain';

/** The fields of an OrgDoc the checks and the plan use; pass OrgDocs as they are. */
export interface ScopeUnit {
  id: string;
  kind: OrgKind;
  name: string;
  parentId: string;
  orgPath: string;
  classInfo?: ClassInfo;
  deletedAt?: number;
}

/** Who already holds an ID number in the database. */
export interface IdHolder {
  personId: string;
  kind: PersonKind;
  schoolId: string;
  name: string;
}

/** A Map is structured-cloneable (worker-safe); a function may query an index directly. */
export type IdLookup = ReadonlyMap<string, IdHolder> | ((idNumber: string) => IdHolder | undefined);

/** A class name that counts as existing, e.g. from the teacher file imported before the students. */
export interface KnownClass {
  /** Defaults to the import's school. */
  schoolId?: string;
  grade?: GradeCode;
  className: string;
}

/**
 * What the checks know about the world, all plain data passed in by the
 * caller (the engine never touches the database).
 */
export interface CheckContext {
  /** The school a teacher or student import is for (the wizard's choice, or a school admin's own school). */
  schoolId?: string;
  /**
   * The units of the administrator's subtree: its own unit, counties,
   * townships, schools and their classes. Soft-deleted units are ignored.
   */
  orgs?: readonly ScopeUnit[];
  /** ID numbers already in the database. */
  idHolders?: IdLookup;
  /** Class names that count as existing besides the school's classes. */
  knownClasses?: readonly KnownClass[];
  /** For birth-date checks; defaults to now. */
  today?: Date;
}

export function lookupId(lookup: IdLookup | undefined, idNumber: string): IdHolder | undefined {
  if (!lookup) return undefined;
  return typeof lookup === 'function' ? lookup(idNumber) : lookup.get(idNumber);
}

/** Units in use (not soft-deleted). */
export function liveOrgs(context: CheckContext): readonly ScopeUnit[] {
  return (context.orgs ?? []).filter((o) => !o.deletedAt);
}
