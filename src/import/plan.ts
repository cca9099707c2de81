import type { OrgDoc } from '@/domain';
import type { CheckedRow } from './checks/checkWorkbook';
import { accountFactory } from './plan/accounts';
import { planBureaus } from './plan/bureaus';
import { ClassRegistry } from './plan/classes';
import { planPeople } from './plan/people';
import { planSchools, type UnitsContext } from './plan/schools';
import { defaultNewId, type Stamper } from './plan/stamp';
import type { ImportPlan, ImportWrites, PlanInput, PlannedRow, RefusalReason, RowStatus } from './plan/types';

export type { ExistingPerson, ImportMode, ImportPlan, ImportWrites, PlanInput, PlannedRow, RefusalReason, RowStatus } from './plan/types';

function emptyWrites(): ImportWrites {
  return { orgs: [], identities: [], people: [], accounts: [] };
}

function countsOf(input: PlanInput, rows: readonly PlannedRow[], writes: ImportWrites): ImportPlan['counts'] {
  const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0, faulty: 0 };
  for (const row of rows) counts[row.status]++;
  const known = new Set((input.accounts ?? []).map((a) => a.id));
  const knownOrgs = new Set(input.orgs.map((o) => o.id));
  return {
    ...counts,
    accounts: writes.accounts.filter((a) => !known.has(a.id)).length,
    classes: writes.orgs.filter((o) => o.kind === 'class' && !knownOrgs.has(o.id)).length,
  };
}

/** The rows and the documents they write, for one template. */
function planRows(input: PlanInput, stamper: Stamper): { rows: PlannedRow[]; writes: ImportWrites } {
  const { result } = input;
  const makeAccount = accountFactory(stamper, input.isUsernameTaken, input.random);
  const accounts = input.accounts ?? [];
  const writes = emptyWrites();
  if (result.template === 'teacher' || result.template === 'student') {
    const orgById = new Map(input.orgs.map((o) => [o.id, o]));
    const schoolBySheet = new Map(result.sheets.map((s) => [s.index, s.schoolId ? orgById.get(s.schoolId) : undefined]));
    const classes = new ClassRegistry(input.orgs, stamper);
    const people = planPeople(
      {
        kind: result.template,
        stamper,
        classes,
        makeAccount,
        schoolOfRow: (row: CheckedRow): OrgDoc | undefined => schoolBySheet.get(row.sheetIndex),
        existing: input.people ?? [],
        accounts,
      },
      result.rows,
    );
    return { rows: people.rows, writes: { ...people.writes, orgs: classes.created } };
  }
  const units: UnitsContext = { stamper, makeAccount, orgs: input.orgs, accounts };
  if (result.template === 'school') {
    const schools = planSchools(units, result.rows);
    return { rows: schools.rows, writes: { ...writes, ...schools.writes } };
  }
  const bureaus = planBureaus(units, result.rows);
  return { rows: bureaus.rows, writes: { ...writes, ...bureaus.writes } };
}

/** Why the plan may not be committed, if it may not. */
function refusalOf(input: PlanInput, rows: readonly PlannedRow[], writes: ImportWrites): RefusalReason | null {
  const { result } = input;
  if (!result.template || result.findings.some((f) => f.sheet === null)) return 'fileFaulty';
  const isPerson = result.template === 'teacher' || result.template === 'student';
  const orgIds = new Set(input.orgs.map((o) => o.id));
  if (isPerson && result.rows.some((r) => !r.faulty && !orgIds.has(result.sheets.find((s) => s.index === r.sheetIndex)?.schoolId ?? ''))) {
    return 'schoolMissing';
  }
  if (input.mode === 'allOrNothing' && rows.some((r) => r.status === 'faulty')) return 'faultyRows';
  const nothing = writes.orgs.length + writes.people.length + writes.identities.length + writes.accounts.length === 0;
  return nothing ? 'nothingToImport' : null;
}

/**
 * Classify every checked row as new, changed, unchanged or faulty against
 * the records on file (matched by ID number for people, by name for
 * schools, by county for bureaus), and produce the documents to write.
 * Records missing from the file are never touched: nothing is deleted.
 * Pure: the caller reads the database before and commits the writes after.
 */
export function planImport(input: PlanInput): ImportPlan {
  const stamper: Stamper = { actor: input.actor, now: input.now, newId: input.newId ?? defaultNewId };
  const { rows, writes } = input.result.template ? planRows(input, stamper) : { rows: [], writes: emptyWrites() };
  const refused = refusalOf(input, rows, writes);
  return { mode: input.mode, refused, counts: countsOf(input, rows, writes), rows, writes: refused ? emptyWrites() : writes };
}
