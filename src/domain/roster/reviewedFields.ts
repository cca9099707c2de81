import type { PersonDoc, ReviewState } from '../schemas';
import { jsonEqual } from '../sync/jsonValue';
import type { PersonInput } from './personInput';

/**
 * The facts a review (审核) vouches for. Changing one of them on an
 * approved record means what was approved is no longer what is on file,
 * so the record goes back for review; changing anything else keeps the
 * approval.
 *
 * Reviewed:
 * - name, gender, ID number: who the person is, checked against the
 *   household register; accounts, statistics and every later record hang
 *   on them.
 * - school, grade, class: where the person belongs. They decide which unit
 *   sees and counts the record, and on whose behalf it was entered (代录).
 * - 班主任: who heads a class, and with it who sees the class's students.
 *
 * Not reviewed:
 * - 学籍号: issued and checked by the national student register (学籍系统);
 *   the school copies it, and fixing a typo in a reference number someone
 *   else vouches for needs no second pair of eyes here.
 * - phone: contact details change with the person and must be kept
 *   current. If every new number cost a new review, schools would stop
 *   updating them and the review queue would fill with noise.
 */
export const REVIEWED_FIELDS = ['name', 'gender', 'idNumber', 'schoolId', 'grade', 'classId', 'isHeadTeacher'] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];
export type ReviewedFacts = Pick<PersonInput, ReviewedField>;

/** The reviewed facts that differ, in REVIEWED_FIELDS order. */
export function changedReviewedFields(before: ReviewedFacts, after: ReviewedFacts): ReviewedField[] {
  return REVIEWED_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * The reviewed facts as a `people` document shows them. It carries only
 * the masked ID number: a new number shows as a new mask unless just the
 * hidden middle digits changed and the check character happens to agree.
 * Where the full number is at hand (the client's repository) compare
 * `personInputOf` instead.
 */
export function reviewedFactsOfDoc(doc: PersonDoc): ReviewedFacts {
  return { ...doc, idNumber: doc.idMasked };
}

/**
 * How an edit that changed `changed` leaves the review state.
 * - 'edit' (the person form): an approved record goes back to 录入, to be
 *   submitted again; a record in any other state keeps it (it has not
 *   been vouched for yet).
 * - 'resubmit' (an import, which submits what it writes): a record not
 *   already waiting goes to 待审核.
 * Without a reviewed change the review state is kept as it is.
 */
export function reviewAfterEdit(
  review: ReviewState,
  changed: readonly ReviewedField[],
  mode: 'edit' | 'resubmit',
  actor: string,
  at: number,
): ReviewState {
  if (changed.length === 0) return review;
  if (mode === 'edit') return review.status === 'approved' ? { status: 'draft', reason: '', by: actor, at } : review;
  return review.status === 'pending' ? review : { status: 'pending', reason: '', by: actor, at };
}

/**
 * The review state of a document merged after a replication conflict
 * (`mergeThreeWay` takes each field from one side). An approval stands only
 * for the facts its side held: approved on one device while the other
 * renamed the person offline, the merge would otherwise carry an approval
 * of a name nobody reviewed, and the server refuses such a document
 * (`checkPersonDoc`: review_required). Then it goes back to 录入, stamped by
 * `actor`, the device resolving the conflict.
 */
export function reviewAfterMerge(merged: PersonDoc, local: PersonDoc, remote: PersonDoc, actor: string, at: number): ReviewState {
  if (merged.review.status !== 'approved') return merged.review;
  const approvedSide = jsonEqual(merged.review, remote.review) ? remote : local;
  const changed = changedReviewedFields(reviewedFactsOfDoc(approvedSide), reviewedFactsOfDoc(merged));
  return changed.length ? { status: 'draft', reason: '', by: actor, at } : merged.review;
}
