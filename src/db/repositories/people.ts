import { maskIdNumber, maskPhone } from '@/domain/roster/mask';
import {
  personInputOf,
  validatePersonInput,
  type FieldError,
  type NormalizedPerson,
  type PersonInput,
} from '@/domain/roster/personInput';
import { changedReviewedFields, reviewAfterEdit, type ReviewedField } from '@/domain/roster/reviewedFields';
import type { IdentityDoc, PersonDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';
import { getIdentity, identitiesWithIdNumber, writeIdentity } from './identities';
import { reviewHistoryDoc } from './peopleReview';
import { resolvePlacement, type Placement } from './personPlacement';
import { newId, nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

/**
 * Teachers and students. Every write to `people` and `identities` goes
 * through here: the repository validates the form's `PersonInput` with the
 * domain rules, derives the masked and search fields, and stamps who wrote
 * what and when.
 */

export type PersonWriteResult = { ok: true; person: PersonDoc } | { ok: false; errors: FieldError[] };

/** Someone already on file with an ID number. */
export interface IdNumberHolder {
  person: PersonDoc;
  identity: IdentityDoc;
  schoolName: string;
}

interface IdNumberLookup {
  /** People holding the number, live ones first. */
  holders: IdNumberHolder[];
  /** Identities whose person was never written: traces of an interrupted create. */
  orphans: IdentityDoc[];
}

async function lookUpIdNumber(db: XiaoanDatabase, idNumber: string): Promise<IdNumberLookup> {
  const holders: IdNumberHolder[] = [];
  const orphans: IdentityDoc[] = [];
  for (const identity of await identitiesWithIdNumber(db, idNumber)) {
    const person = (await db.people.findOne(identity.id).exec())?.toJSON() as PersonDoc | undefined;
    if (!person) {
      orphans.push(identity);
      continue;
    }
    const school = await db.orgs.findOne(person.schoolId).exec();
    holders.push({ person, identity, schoolName: school?.name ?? '' });
  }
  holders.sort((a, b) => Number(a.person.deletedAt > 0) - Number(b.person.deletedAt > 0));
  return { holders, orphans };
}

/** The person holding `idNumber` (a live one before a deleted one); null when nobody does. */
export async function findByIdNumber(db: XiaoanDatabase, idNumber: string): Promise<IdNumberHolder | null> {
  return (await lookUpIdNumber(db, idNumber)).holders[0] ?? null;
}

/** The field error refusing an ID number someone else holds. */
function duplicateError(holder: IdNumberHolder): FieldError {
  // Name who holds the number so the person entering can find the record
  // (often the same child entered twice, or moved between classes).
  const code = holder.person.deletedAt ? 'person.duplicateIdDeleted' : 'person.duplicateId';
  return { field: 'idNumber', code, params: { name: holder.person.name, school: holder.schoolName } };
}

export async function getPerson(db: XiaoanDatabase, id: string): Promise<PersonDoc | null> {
  const doc = await db.people.findOne(id).exec();
  return doc ? (doc.toJSON() as PersonDoc) : null;
}

interface Validated {
  ok: true;
  value: NormalizedPerson;
  placement: Placement;
  /** An interrupted create's identity for this number, whose id a new person reuses. */
  orphan: IdentityDoc | undefined;
}

/** Domain validation, then the units it names, then the duplicate check against numbers on file. */
async function validated(
  ctx: WriteContext,
  input: PersonInput,
  selfId: string | null,
): Promise<Validated | { ok: false; errors: FieldError[] }> {
  const result = validatePersonInput(input);
  if (!result.ok) return result;
  const placement = await resolvePlacement(ctx.db, result.value);
  const { holders, orphans } = await lookUpIdNumber(ctx.db, result.value.idNumber);
  const other = holders.find((h) => h.person.id !== selfId);
  if (other) return { ok: false, errors: [duplicateError(other)] };
  return { ok: true, value: result.value, placement, orphan: orphans[0] };
}

/** The derived, non-sensitive fields of a person, recomputed on every write. */
async function derivedFields(value: NormalizedPerson, placement: Placement) {
  // pinyin-pro is large: load it only when a person is actually written.
  const { nameSearchKey } = await import('@/domain/roster/pinyin');
  return {
    name: value.name,
    gender: value.gender,
    schoolId: placement.school.id,
    classId: placement.classUnit?.id ?? '',
    grade: value.grade,
    className: placement.className,
    isHeadTeacher: value.isHeadTeacher,
    idMasked: maskIdNumber(value.idNumber),
    phoneMasked: maskPhone(value.phone),
    nameSearch: nameSearchKey(value.name),
  };
}

/**
 * Enter a new teacher or student; the record starts as 录入 (draft).
 *
 * Order matters: the identity is written before the person. If the tab
 * closes between the two writes, what is left is an identity nobody lists
 * or replicates to lists — and the retry reuses its id (below), so nothing
 * dangles. The other order could leave a listed person with no ID number on
 * file, invisible to the duplicate check, which looks numbers up in
 * `identities`.
 */
export async function createPerson(ctx: WriteContext, input: PersonInput): Promise<PersonWriteResult> {
  const checked = await validated(ctx, input, null);
  if (!checked.ok) return checked;
  const { value, placement, orphan } = checked;
  const id = orphan?.id ?? newId('per');
  const at = nowOf(ctx);
  await writeIdentity(ctx, id, placement.orgPath, { idNumber: value.idNumber, phone: value.phone, studentNo: value.studentNo });
  const person: PersonDoc = {
    ...stampNew(ctx, id, placement.orgPath),
    kind: value.kind,
    ...(await derivedFields(value, placement)),
    review: { status: 'draft', reason: '', by: ctx.actor, at },
    enteredBy: ctx.actor,
    enteredAt: at,
    deletedAt: 0,
  };
  await ctx.db.people.insert(person);
  return { ok: true, person };
}

/**
 * The reviewed facts (姓名, 身份证号, 班级 …) that saving `input` over an
 * approved record would change, which sends it back to 录入; [] when the
 * record is not approved, the edit changes none of them, or the input is
 * not valid yet. The form asks for confirmation with this list.
 */
export async function fieldsNeedingReview(db: XiaoanDatabase, id: string, input: PersonInput): Promise<ReviewedField[]> {
  const person = await getPerson(db, id);
  const result = validatePersonInput(input);
  if (person?.review.status !== 'approved' || !result.ok) return [];
  return changedReviewedFields(personInputOf(person, await getIdentity(db, id)), result.value);
}

/**
 * Edit a person. Same order as `createPerson`: identity first, so a crash
 * in between leaves the full number current and only the masked copy stale
 * until the next save. An edit of an approved record that changes a
 * reviewed fact sends it back to 录入 (what was approved is no longer what
 * is on file) and says which facts in the review history; any other edit
 * keeps the review state.
 */
export async function updatePerson(ctx: WriteContext, id: string, input: PersonInput): Promise<PersonWriteResult> {
  const doc = await ctx.db.people.findOne(id).exec();
  if (!doc) throw new Error(`person ${id} not found`);
  if (doc.kind !== input.kind) throw new Error(`person ${id} is a ${doc.kind}, not a ${input.kind}`);
  const checked = await validated(ctx, input, id);
  if (!checked.ok) return checked;
  const { value, placement } = checked;
  const before = doc.toJSON() as PersonDoc;
  const changed = changedReviewedFields(personInputOf(before, await getIdentity(ctx.db, id)), value);
  const at = nowOf(ctx);
  // A plain copy of the review: RxDB's read-only state cannot be written
  // back (structured clone to other tabs fails on it).
  const review = reviewAfterEdit({ ...before.review }, changed, 'edit', ctx.actor, at);
  await writeIdentity(ctx, id, placement.orgPath, { idNumber: value.idNumber, phone: value.phone, studentNo: value.studentNo });
  const fields = await derivedFields(value, placement);
  const updated = await doc.incrementalPatch({ ...fields, orgPath: placement.orgPath, review, ...stampEdit(ctx) });
  if (review.status !== before.review.status) {
    const detail = { personId: id, action: 'reopen' as const, from: before.review.status, to: review.status, reason: '', fields: changed };
    await ctx.db.audit.insert(reviewHistoryDoc(ctx, placement.orgPath, detail, at));
  }
  return { ok: true, person: updated.toJSON() as PersonDoc };
}

/** Soft delete (tombstone in `deletedAt`): the record stays restorable and replicates the deletion. */
export async function softDeletePeople(ctx: WriteContext, ids: readonly string[]): Promise<number> {
  const docs = await ctx.db.people.findByIds([...ids]).exec();
  const at = nowOf(ctx);
  const live = [...docs.values()].filter((d) => d.deletedAt === 0);
  await Promise.all(live.map((d) => d.incrementalPatch({ deletedAt: at, ...stampEdit(ctx) })));
  return live.length;
}

export async function softDeletePerson(ctx: WriteContext, id: string): Promise<void> {
  await softDeletePeople(ctx, [id]);
}

/**
 * Bring a deleted person back. Refused (with the holder's name) if someone
 * else has taken the ID number meanwhile, e.g. via a sync from another device.
 */
export async function restorePerson(ctx: WriteContext, id: string): Promise<PersonWriteResult> {
  const doc = await ctx.db.people.findOne(id).exec();
  if (!doc) throw new Error(`person ${id} not found`);
  const identity = await getIdentity(ctx.db, id);
  const { holders } = identity?.idNumber ? await lookUpIdNumber(ctx.db, identity.idNumber) : { holders: [] };
  const other = holders.find((h) => h.person.id !== id && !h.person.deletedAt);
  if (other) return { ok: false, errors: [duplicateError(other)] };
  const restored = await doc.incrementalPatch({ deletedAt: 0, ...stampEdit(ctx) });
  return { ok: true, person: restored.toJSON() as PersonDoc };
}

/**
 * Recompute a person's derived fields (pinyin search key, masked ID number
 * and phone) from the current name and identity — after a conflict's lost
 * value was re-applied to one field. Masks are only refreshed where this
 * device holds the identity.
 */
export async function refreshDerivedFields(ctx: WriteContext, id: string): Promise<void> {
  const doc = await ctx.db.people.findOne(id).exec();
  if (!doc) return;
  const identity = await getIdentity(ctx.db, id);
  const { nameSearchKey } = await import('@/domain/roster/pinyin');
  const next = {
    nameSearch: nameSearchKey(doc.name),
    ...(identity ? { idMasked: maskIdNumber(identity.idNumber), phoneMasked: maskPhone(identity.phone) } : {}),
  };
  const current = doc.toJSON() as PersonDoc;
  const changed = Object.entries(next).some(([key, value]) => current[key as keyof PersonDoc] !== value);
  if (changed) await doc.incrementalPatch({ ...next, ...stampEdit(ctx) });
}
