import { lastId, parentPathOf } from '../org/path';
import { DOC_OK, refuseDoc, type DocCheck } from '../rules/docCheck';
import { GENDERS, type PersonDoc, type ReviewState } from '../schemas/people';
import { jsonEqual } from '../sync/jsonValue';
import { isCanonicalClassName } from './className';
import { validatePersonName } from './personName';
import { placementErrors } from './placementRules';
import { canReachReview, isReviewerStatus, type ReviewStatus } from './review';
import { changedReviewedFields, reviewedFactsOfDoc, type ReviewedField } from './reviewedFields';

/**
 * The sync server's check of a pushed `people` document, run after the
 * schema and permission checks: what the person form and the review
 * actions guarantee on the client, re-checked from the document alone, so
 * that a client which skips the form cannot store what the form refuses.
 * Facts that need another document (the ID number, in `identities`) are
 * `checkIdentityAgainstPerson`'s.
 */
export type PersonWire = PersonDoc & { _deleted?: boolean };

const ID_MASK = /^\d{4}\*{10}\d{3}[\dX]$/;
const PHONE_MASK = /^1\d{2}\*{4}\d{4}$/;

const STATUS_NAMES: Record<ReviewStatus, string> = { draft: '录入', pending: '待审核', approved: '已审核', returned: '已退回' };
const FIELD_NAMES: Record<ReviewedField, string> = {
  name: '姓名',
  gender: '性别',
  idNumber: '身份证号',
  schoolId: '学校',
  grade: '年级',
  classId: '班级',
  isHeadTeacher: '班主任',
};
const PLACEMENT_REASONS: Record<string, string> = {
  'person.schoolRequired': '缺少所属学校',
  'grade.required': '学生和有班级的教师必须有年级',
  'class.required': '学生和班主任必须属于一个班级',
};

/**
 * May `actorId` store `next` over `previous` (undefined for a new
 * document)? Tombstones are checked like any other state: undeleting one
 * must not bring back what could not have been stored.
 */
export function checkPersonDoc(next: PersonWire, previous: PersonWire | undefined, actorId: string): DocCheck {
  for (const check of [checkEntry, checkContent, checkReview]) {
    const result = check(next, previous, actorId);
    if (!result.ok) return result;
  }
  return DOC_OK;
}

/** Who entered the record, and when, is written once, by the one who entered it. */
function checkEntry(next: PersonWire, previous: PersonWire | undefined, actorId: string): DocCheck {
  if (!previous) {
    return next.enteredBy === actorId ? DOC_OK : refuseDoc('person_entered_by_not_actor', '新记录的录入人必须是当前账号');
  }
  if (next.enteredBy !== previous.enteredBy || next.enteredAt !== previous.enteredAt) {
    return refuseDoc('person_entry_changed', '录入人和录入时间不能修改');
  }
  if (next.kind !== previous.kind) return refuseDoc('person_kind_changed', '不能把教师记录改为学生记录，或反之');
  return DOC_OK;
}

function checkContent(next: PersonWire): DocCheck {
  const name = validatePersonName(next.name);
  if (!name.ok || name.value !== next.name) {
    return refuseDoc('person_name_invalid', `姓名“${next.name}”不符合要求：2–20 个汉字或字母，不含空格、数字和符号`);
  }
  if (!GENDERS.includes(next.gender)) return refuseDoc('person_gender_invalid', '性别应为男或女');
  const placement = checkPlacement(next);
  if (!placement.ok) return placement;
  if ((next.idMasked && !ID_MASK.test(next.idMasked)) || (next.phoneMasked && !PHONE_MASK.test(next.phoneMasked))) {
    return refuseDoc('person_mask_invalid', '身份证号或手机号的遮盖形式不正确');
  }
  return checkReviewShape(next.review);
}

/** School, grade and class agree with each other and with the record's place in the org tree. */
function checkPlacement(next: PersonWire): DocCheck {
  const [error] = placementErrors(next);
  if (error) return refuseDoc('person_placement_invalid', PLACEMENT_REASONS[error.code] ?? '学校、年级与班级不一致');
  if (next.kind === 'student' && next.isHeadTeacher) return refuseDoc('person_placement_invalid', '学生不能是班主任');
  if (next.classId ? !isCanonicalClassName(next.className) : next.className !== '') {
    return refuseDoc('person_class_name_invalid', `班级名称“${next.className}”与所选班级不符或不规范`);
  }
  // Students sit at their class's path (a child of the school), teachers at the school's.
  const unitPath = next.kind === 'student' ? parentPathOf(next.orgPath) : next.orgPath;
  if (lastId(unitPath) !== next.schoolId || (next.kind === 'student' && lastId(next.orgPath) !== next.classId)) {
    return refuseDoc('person_org_path_mismatch', '记录的组织路径与所属学校或班级不一致');
  }
  return DOC_OK;
}

/** A reason goes with 已退回 and only with it; a review state names who set it. */
function checkReviewShape(review: ReviewState): DocCheck {
  const needsReason = review.status === 'returned';
  if (!review.by || (needsReason ? review.reason.trim() === '' : review.reason !== '')) {
    return refuseDoc('review_state_invalid', needsReason ? '退回时必须填写原因' : '审核状态不完整');
  }
  return DOC_OK;
}

/**
 * Review (本级录入、本级审核): a changed review state is stamped by the one
 * who changed it, follows the workflow, and is never a decision on one's
 * own entry; an approval stands only for the facts it approved.
 */
function checkReview(next: PersonWire, previous: PersonWire | undefined, actorId: string): DocCheck {
  const to = next.review.status;
  if (previous && jsonEqual(previous.review, next.review)) {
    const changed = to === 'approved' ? changedReviewedFields(reviewedFactsOfDoc(previous), reviewedFactsOfDoc(next)) : [];
    if (changed.length === 0) return DOC_OK;
    const names = changed.map((field) => FIELD_NAMES[field]).join('、');
    return refuseDoc('review_required', `已审核的记录修改了${names}，须退回“录入”重新审核`);
  }
  if (next.review.by !== actorId) return refuseDoc('review_not_stamped', '审核状态的变更必须记在当前账号名下');
  if (isReviewerStatus(to) && next.review.by === next.enteredBy) {
    return refuseDoc('review_own_entry', '本人录入的记录须由学校或上级管理员审核，不能由本人审核通过或退回');
  }
  // A new record starts as 录入, and may already be submitted.
  const from = previous?.review.status ?? 'draft';
  if (!canReachReview(from, to, actorId === next.enteredBy)) {
    return refuseDoc('review_transition', `审核状态不能从“${STATUS_NAMES[from]}”变为“${STATUS_NAMES[to]}”`);
  }
  return DOC_OK;
}
