import type { AccountDoc, IdentityDoc, OrgDoc, PersonDoc } from '@/domain';
import type { ImportCheckResult } from '../checks/checkWorkbook';

/**
 * 'allOrNothing' (the default of the wizard) refuses the whole file when
 * any row is faulty; 'validOnly' is the explicit choice to import the
 * valid rows and leave the faulty ones for the error workbook.
 */
export type ImportMode = 'allOrNothing' | 'validOnly';

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'faulty';

/** A teacher or student on file, matched to rows by ID number. */
export interface ExistingPerson {
  person: PersonDoc;
  identity: IdentityDoc;
}

export interface PlanInput {
  result: ImportCheckResult;
  mode: ImportMode;
  /** The importing user's id: createdBy, modifiedBy, enteredBy. */
  actor: string;
  now: number;
  /** The administrator's subtree as OrgDocs: the target schools, their classes, counties and townships. */
  orgs: readonly OrgDoc[];
  /** Teachers or students on file in the target schools (with their identities). */
  people?: readonly ExistingPerson[];
  /** Accounts on file for those people and units; a person or unit that has one keeps it. */
  accounts?: readonly AccountDoc[];
  /** Usernames already taken system-wide (as far as the device knows), requested ones included. */
  isUsernameTaken: (username: string) => boolean;
  /** Document ids; defaults to `<prefix>-<uuid>` like src/db. */
  newId?: (prefix: string) => string;
  /** For initial passwords in tests; defaults to crypto.getRandomValues. */
  random?: () => number;
}

/** What happens to one row. `changes` names the changed fields of a 'changed' row. */
export interface PlannedRow {
  key: string;
  sheet: string;
  row: number;
  status: RowStatus;
  changes: string[];
  /** The person, school or account the row writes or matched. */
  recordId: string;
}

/** Documents to write, in this order (units before the people in them). Nothing is ever deleted. */
export interface ImportWrites {
  orgs: OrgDoc[];
  identities: IdentityDoc[];
  people: PersonDoc[];
  accounts: AccountDoc[];
}

export type RefusalReason = 'fileFaulty' | 'faultyRows' | 'schoolMissing' | 'nothingToImport';

export interface ImportPlan {
  mode: ImportMode;
  /** Why nothing may be written; null when `writes` may be committed. */
  refused: RefusalReason | null;
  counts: Record<RowStatus, number> & { accounts: number; classes: number };
  rows: PlannedRow[];
  /** Empty when refused. */
  writes: ImportWrites;
}
