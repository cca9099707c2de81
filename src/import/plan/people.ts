import { changedReviewedFields, maskIdNumber, maskPhone, personInputOf, reviewAfterEdit, type AccountDoc, type IdentityDoc, type OrgDoc, type PersonDoc, type PersonKind } from '@/domain';
import { nameSearchKey } from '@/domain/roster/pinyin';
import type { CheckedRow } from '../checks/checkWorkbook';
import type { PersonRecord } from '../checks/personRow';
import type { AccountFactory } from './accounts';
import type { ClassRegistry } from './classes';
import { stampEdit, stampNew, type Stamper } from './stamp';
import type { ExistingPerson, ImportWrites, PlannedRow } from './types';

export interface PeopleContext {
  kind: PersonKind;
  stamper: Stamper;
  classes: ClassRegistry;
  makeAccount: AccountFactory;
  schoolOfRow: (row: CheckedRow) => OrgDoc | undefined;
  existing: readonly ExistingPerson[];
  accounts: readonly AccountDoc[];
}

/** Where a row puts the person: school, class (if any) and the fields that follow from them. */
interface Placement {
  school: OrgDoc;
  classUnit: OrgDoc | null;
  orgPath: string;
}

/** Fields compared to decide whether a matched person changed. */
const COMPARED = ['name', 'gender', 'grade', 'className'] as const;

function placementOf(ctx: PeopleContext, school: OrgDoc, record: PersonRecord): Placement {
  const classUnit = record.grade && record.className ? ctx.classes.classOf(school, record.grade, record.className) : null;
  // Students sit in their class; teachers in their school (PersonDoc schema comment).
  const orgPath = ctx.kind === 'student' && classUnit ? classUnit.orgPath : school.orgPath;
  return { school, classUnit, orgPath };
}

/** The unit an account belongs to: a student's class, a teacher's school. */
function accountUnitOf(person: PersonDoc): string {
  return person.kind === 'student' && person.classId ? person.classId : person.schoolId;
}

function accountFor(ctx: PeopleContext, person: PersonDoc): AccountDoc {
  return ctx.makeAccount({ role: ctx.kind, orgId: accountUnitOf(person), orgPath: person.orgPath, displayName: person.name, personId: person.id });
}

function newPerson(ctx: PeopleContext, record: PersonRecord, place: Placement): { person: PersonDoc; identity: IdentityDoc } {
  const { stamper } = ctx;
  const id = stamper.newId('per');
  const person: PersonDoc = {
    ...stampNew(stamper, id, place.orgPath),
    kind: ctx.kind,
    name: record.name,
    gender: record.gender,
    schoolId: place.school.id,
    classId: place.classUnit?.id ?? '',
    grade: record.grade,
    className: place.classUnit ? record.className : '',
    // The teacher template is the head teachers' (班主任) template: a class given means heading it.
    isHeadTeacher: ctx.kind === 'teacher' && place.classUnit !== null,
    idMasked: maskIdNumber(record.idNumber),
    phoneMasked: maskPhone(record.phone),
    nameSearch: nameSearchKey(record.name),
    review: { status: 'pending', reason: '', by: stamper.actor, at: stamper.now },
    enteredBy: stamper.actor,
    enteredAt: stamper.now,
    deletedAt: 0,
  };
  const identity: IdentityDoc = { ...stampNew(stamper, id, place.orgPath), idNumber: record.idNumber, phone: record.phone, studentNo: '' };
  return { person, identity };
}

/**
 * The matched person as the row would leave it. Blank optional cells keep
 * what is on file (a teacher file without phones or classes erases
 * nothing); a deleted person listed again is restored. An import submits
 * what it writes: a change of a reviewed fact (name, class …) puts the
 * record up for review again, a new phone alone does not (reviewedFields.ts).
 */
function updatedPerson(ctx: PeopleContext, found: ExistingPerson, record: PersonRecord, place: Placement) {
  const old = found.person;
  const keepClass = ctx.kind === 'teacher' && !record.grade && !record.className;
  const target = {
    name: record.name,
    gender: record.gender,
    grade: keepClass ? old.grade : record.grade,
    className: keepClass ? old.className : place.classUnit ? record.className : '',
    classId: keepClass ? old.classId : (place.classUnit?.id ?? ''),
    orgPath: keepClass ? old.orgPath : place.orgPath,
  };
  const phone = record.phone || found.identity.phone;
  const changes: string[] = COMPARED.filter((field) => target[field] !== old[field]);
  if (phone !== found.identity.phone) changes.push('phone');
  if (old.deletedAt) changes.push('restored');
  if (changes.length === 0) return { changes, person: old, identity: found.identity };
  const edit = stampEdit(ctx.stamper);
  const reviewed = changedReviewedFields(personInputOf(old, found.identity), personInputOf({ ...old, ...target }, found.identity));
  const person: PersonDoc = {
    ...old,
    ...target,
    nameSearch: target.name === old.name ? old.nameSearch : nameSearchKey(target.name),
    phoneMasked: maskPhone(phone),
    review: reviewAfterEdit({ ...old.review }, reviewed, 'resubmit', ctx.stamper.actor, ctx.stamper.now),
    deletedAt: 0,
    ...edit,
  };
  const identityChanged = phone !== found.identity.phone || target.orgPath !== found.identity.orgPath;
  const identity: IdentityDoc = identityChanged ? { ...found.identity, phone, orgPath: target.orgPath, ...edit } : found.identity;
  return { changes, person, identity };
}

/** Teachers or students: new, changed or unchanged by ID number; each person ends up with an account. */
export function planPeople(ctx: PeopleContext, rows: readonly CheckedRow[]): { rows: PlannedRow[]; writes: Omit<ImportWrites, 'orgs'> } {
  const byIdNumber = new Map<string, ExistingPerson>();
  // A live record wins over a deleted one with the same number.
  for (const found of ctx.existing) {
    const current = byIdNumber.get(found.identity.idNumber);
    if (!current || (current.person.deletedAt && !found.person.deletedAt)) byIdNumber.set(found.identity.idNumber, found);
  }
  const accountByPerson = new Map(ctx.accounts.filter((a) => a.personId).map((a) => [a.personId, a]));
  const writes: Omit<ImportWrites, 'orgs'> = { identities: [], people: [], accounts: [] };
  const planned: PlannedRow[] = [];

  for (const row of rows) {
    const at = { key: row.key, sheet: row.sheet, row: row.row };
    const school = ctx.schoolOfRow(row);
    if (row.faulty || row.record?.type !== 'person' || !school) {
      planned.push({ ...at, status: 'faulty', changes: [], recordId: '' });
      continue;
    }
    const record = row.record.value;
    const found = byIdNumber.get(record.idNumber);
    if (found && (found.person.kind !== ctx.kind || found.person.schoolId !== school.id)) {
      // Another school's or kind's person: the checks report this (idInDatabase) when given the lookup.
      planned.push({ ...at, status: 'faulty', changes: ['conflict'], recordId: found.person.id });
      continue;
    }
    const place = placementOf(ctx, school, record);
    if (!found) {
      const { person, identity } = newPerson(ctx, record, place);
      writes.identities.push(identity);
      writes.people.push(person);
      writes.accounts.push(accountFor(ctx, person));
      planned.push({ ...at, status: 'new', changes: [], recordId: person.id });
      continue;
    }
    const { changes, person, identity } = updatedPerson(ctx, found, record, place);
    if (changes.length > 0) {
      if (identity !== found.identity) writes.identities.push(identity);
      writes.people.push(person);
    }
    const account = accountByPerson.get(person.id);
    if (!account) writes.accounts.push(accountFor(ctx, person));
    else if (account.orgPath !== person.orgPath) {
      // A student moved class: the account follows, so the new class's teacher sees it.
      writes.accounts.push({ ...account, orgId: accountUnitOf(person), orgPath: person.orgPath, ...stampEdit(ctx.stamper) });
    }
    planned.push({ ...at, status: changes.length > 0 ? 'changed' : 'unchanged', changes, recordId: person.id });
  }
  return { rows: planned, writes };
}
