/**
 * What the server (and the device, before it saves) checks when safety
 * education is written: who may publish lessons, special activities
 * (专项活动), notices (安全提醒) and assignments, and who may record
 * sessions, completions, test attempts and family acknowledgements (家长回执).
 * They run after authorship and placement (`auth/writeContent.ts`), so the
 * document's `orgPath` already is the path of the unit (or subject) it names.
 *
 * Publishing: lessons and special activities come from a county or higher
 * administrator, for their subtree; notices from any administrator or the
 * safety leader; a teacher publishes lessons, notices and assignments for
 * their own class only (the class their person record names).
 *
 * Recording: attempts and completions are append-only facts; a record keeps
 * its kind, subject and content; the subject fits the kind (a class for a
 * session, a student for a completion, attempt or acknowledgement, a school
 * for a drill); a teacher records only for their own class; what a record
 * refers to exists where its subject may read it.
 */
import type { CollectionRule } from '../auth/writeContent';
import { isRootPrincipal, rankOf, ROLE_RANK, type Principal } from '../auth/principal';
import { live, type DocLookup } from '../auth/references';
import { isAdminRole } from '../auth/roles';
import { firstRefusal, OK, refuse, type DocLike, type WriteDecision } from '../auth/writeDecision';
import { isBuiltInLessonId } from '../lessons/library/ids';
import { checkLessonEdit } from '../lessons/lessonEdits';
import { lessonTopicFits, parseLessonBodyFor } from '../lessons/lessonStatus';
import type { ValidationError } from '../lessons/validation';
import { isWithin } from '../org/path';
import type { ActivityKind } from '../schemas/activities';
import type { ContentKind } from '../schemas/content';
import { isAppendOnlyKind } from './appendOnly';
import { checkWindow, parseAssignmentBody, parseNoticeBody, parseSpecialActivityBody } from './plans';
import { parseActivityData } from './records';

/** The content kinds this module rules; the others (checklists, points, targets) belong to their own issues. */
export const EDUCATION_CONTENT_KINDS: readonly ContentKind[] = ['lesson', 'special_activity', 'notice', 'assignment'];
const TEACHER_CONTENT_KINDS: readonly ContentKind[] = ['lesson', 'notice', 'assignment'];
const TEACHER_ACTIVITY_KINDS: readonly ActivityKind[] = ['lesson_session', 'completion', 'acknowledgement', 'student_pin'];

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function invalid(code: string, label: string, errors: ValidationError[]): WriteDecision {
  const first = errors[0];
  return refuse(code, `${label}格式不正确${first ? `：${first.path} ${first.message}` : ''}`);
}

/** The class a teacher teaches, from their person record ('' when none). */
export function teacherClassId(p: Principal, lookup: DocLookup): string {
  const person = p.role === 'teacher' ? live(lookup, 'people', p.personId) : undefined;
  return person?.kind === 'teacher' ? str(person.classId) : '';
}

/** A lesson `id` that a unit at `where` may read: built in, or a live lesson published at or above it. */
export function lessonAvailable(lookup: DocLookup, id: string, where: string): boolean {
  if (isBuiltInLessonId(id)) return true;
  const lesson = live(lookup, 'content', id);
  return lesson?.kind === 'lesson' && isWithin(where, lesson.orgPath);
}

const NOT_OWN_CLASS = refuse('not_own_class', '教师只能为自己任教的班级发布或记录');

/** Whether a role may publish a kind at all (where is checked with the document); the UI asks it too. */
export function roleMayPublish(p: Principal, kind: ContentKind): WriteDecision {
  if (p.role === 'teacher') return TEACHER_CONTENT_KINDS.includes(kind) ? OK : refuse('publisher_role', '教师不能发布这类内容');
  const admin = isAdminRole(p.role);
  switch (kind) {
    case 'lesson':
    case 'special_activity':
      return admin && (isRootPrincipal(p) || rankOf(p) <= ROLE_RANK.county_admin)
        ? OK
        : refuse('publisher_level', '课程和专项活动由县级及以上管理员发布');
    default:
      return admin || p.role === 'safety_leader' ? OK : refuse('publisher_role', '当前角色不能发布这类内容');
  }
}

/**
 * A lesson is written at its author unit: an administrator's own unit, a
 * teacher's own class. So a lesson is edited (and deleted) only there: no
 * administrator above or beside rewrites a unit's or a teacher's lesson.
 */
const NOT_AUTHOR_UNIT = refuse('not_author_unit', '课程只能由发布它的单位修改');

/** Whether a lesson at `orgPath` is `p`'s to write: an administrator's own unit, a teacher's class path ('' when none). */
export function isLessonAuthorUnit(p: Principal, orgPath: string, teacherClassPath: string): boolean {
  return p.role === 'teacher' ? teacherClassPath !== '' && orgPath === teacherClassPath : orgPath === p.orgPath;
}

function checkPublisher(p: Principal, kind: ContentKind, doc: DocLike, lookup: DocLookup): WriteDecision {
  const role = roleMayPublish(p, kind);
  if (!role.ok) return role;
  if (p.role !== 'teacher') return kind === 'lesson' && !isLessonAuthorUnit(p, doc.orgPath, '') ? NOT_AUTHOR_UNIT : OK;
  const klass = live(lookup, 'orgs', teacherClassId(p, lookup));
  return klass && isLessonAuthorUnit(p, doc.orgPath, klass.orgPath) ? OK : NOT_OWN_CLASS;
}

function checkContentBody(kind: ContentKind, next: DocLike, lookup: DocLookup): WriteDecision {
  const window = { startsAt: Number(next.startsAt), endsAt: Number(next.endsAt) };
  const windowErrors = kind === 'lesson' ? [] : checkWindow(window, kind === 'special_activity');
  if (windowErrors.length) return invalid('invalid_window', '起止时间', windowErrors);
  const missingLesson = refuse('invalid_lesson', '所选课程不存在或不在本单位可见范围内');
  switch (kind) {
    case 'lesson': {
      // A draft may be incomplete; publishing validates fully (lessonStatus.ts).
      const status = next.status === 'draft' ? 'draft' : 'published';
      if (!lessonTopicFits(status, str(next.topic))) return refuse('invalid_topic', '课程主题不在规定的主题之中');
      const parsed = parseLessonBodyFor(status, next.body);
      return parsed.ok ? OK : invalid('invalid_body', '课程内容', parsed.errors);
    }
    case 'special_activity': {
      const parsed = parseSpecialActivityBody(next.body);
      if (!parsed.ok) return invalid('invalid_body', '专项活动', parsed.errors);
      const lessons = parsed.activity.steps.flatMap((step) => (step.kind === 'acknowledgement' ? [] : [step.lessonId]));
      return lessons.every((id) => lessonAvailable(lookup, id, next.orgPath)) ? OK : missingLesson;
    }
    case 'notice': {
      const parsed = parseNoticeBody(next.body);
      return parsed.ok ? OK : invalid('invalid_body', '安全提醒', parsed.errors);
    }
    case 'assignment': {
      const klass = live(lookup, 'orgs', next.orgPath.split('/').filter(Boolean).pop());
      if (klass?.kind !== 'class') return refuse('invalid_class', '课程只能布置给班级');
      const parsed = parseAssignmentBody(next.body);
      if (!parsed.ok) return invalid('invalid_body', '布置的课程', parsed.errors);
      return lessonAvailable(lookup, parsed.assignment.lessonId, next.orgPath) ? OK : missingLesson;
    }
    default:
      return OK;
  }
}

export const checkContentWrite: CollectionRule = (p, next, previous, lookup) => {
  const kind = next.kind as ContentKind;
  if (previous && previous.kind !== kind) return refuse('kind_change', '不能更改内容的类型');
  if (!EDUCATION_CONTENT_KINDS.includes(kind)) {
    return p.role === 'teacher' ? refuse('publisher_role', '教师不能发布这类内容') : OK;
  }
  return firstRefusal(
    // The stored document's publisher rule too: nobody takes over content they could not have published.
    () => (previous ? checkPublisher(p, kind, previous, lookup) : OK),
    () => checkPublisher(p, kind, next, lookup),
    () => (kind === 'lesson' && previous ? checkLessonEdit(previous, next) : OK),
    () => (next._deleted || Number(next.deletedAt) > 0 ? OK : checkContentBody(kind, next, lookup)),
  );
};

/** The subject a record of each kind is about. */
function checkSubject(kind: ActivityKind, subject: DocLike | undefined): WriteDecision {
  const wanted = kind === 'lesson_session' ? 'class' : kind === 'drill' ? 'school' : 'student';
  return subject?.kind === wanted ? OK : refuse('invalid_subject', '记录的对象与记录类型不符');
}

/** Students record themselves (on their own account or the classroom computer); staff from the classroom or a paper slip. */
function checkVia(p: Principal, kind: ActivityKind, data: Record<string, unknown>): WriteDecision {
  const byStudent = p.role === 'student' || p.role === 'classroom';
  const expected = kind === 'completion' ? (byStudent ? 'self' : 'teacher') : byStudent ? 'student_account' : 'paper_slip';
  if (kind !== 'completion' && kind !== 'acknowledgement') return OK;
  return data.via === expected ? OK : refuse('invalid_via', '记录方式与记录人不符');
}

function checkTeacherRecord(p: Principal, kind: ActivityKind, subject: DocLike, lookup: DocLookup): WriteDecision {
  if (p.role !== 'teacher') return kind === 'drill' && !isAdminRole(p.role) && p.role !== 'safety_leader'
    ? refuse('forbidden_kind', '演练记录由学校管理员或分管安全校长填写')
    : OK;
  if (!TEACHER_ACTIVITY_KINDS.includes(kind)) return refuse('forbidden_kind', '教师不能填写这类记录');
  const classId = teacherClassId(p, lookup);
  const subjectClass = kind === 'lesson_session' ? subject.id : str(subject.classId);
  return classId !== '' && subjectClass === classId ? OK : NOT_OWN_CLASS;
}

function checkReference(kind: ActivityKind, refId: string, subject: DocLike, lookup: DocLookup): WriteDecision {
  const missing = refuse('invalid_reference', '记录所属的课程或活动不存在或不在可见范围内');
  if (kind === 'lesson_session' || kind === 'completion' || kind === 'attempt') {
    return lessonAvailable(lookup, refId, subject.orgPath) ? OK : missing;
  }
  if (kind === 'student_pin') return refId === '' ? OK : missing;
  if (kind === 'drill' && refId === '') return OK;
  const content = live(lookup, 'content', refId);
  const kinds = kind === 'drill' ? ['special_activity'] : ['notice', 'special_activity'];
  return content && kinds.includes(str(content.kind)) && isWithin(subject.orgPath, content.orgPath) ? OK : missing;
}

function checkPresent(ids: readonly string[], classId: string, lookup: DocLookup): WriteDecision {
  const inClass = (id: string) => {
    const student = live(lookup, 'people', id);
    return student?.kind === 'student' && student.classId === classId;
  };
  return ids.every(inClass) ? OK : refuse('invalid_student', '出勤学生必须是本班学生');
}

export const checkActivityWrite: CollectionRule = (p, next, previous, lookup) => {
  const kind = next.kind as ActivityKind;
  if (previous) {
    if (isAppendOnlyKind(previous.kind as ActivityKind)) return refuse('append_only', '测试和完成记录提交后不能修改或删除');
    if (previous.kind !== kind || previous.subjectId !== next.subjectId || previous.refId !== next.refId) {
      return refuse('record_identity', '不能更改记录的类型、对象或所属内容');
    }
  }
  if (next._deleted) return OK;
  const parsed = parseActivityData(kind, next.data);
  if (!parsed.ok) return invalid('invalid_data', '记录内容', parsed.errors);
  const subjectId = str(next.subjectId);
  const subject = live(lookup, 'people', subjectId) ?? live(lookup, 'orgs', subjectId);
  return firstRefusal(
    () => checkSubject(kind, subject),
    () => checkVia(p, kind, next.data as Record<string, unknown>),
    () => checkTeacherRecord(p, kind, subject as DocLike, lookup),
    () => checkReference(kind, str(next.refId), subject as DocLike, lookup),
    () => (kind === 'lesson_session' ? checkPresent((next.data as { presentStudentIds: string[] }).presentStudentIds, subjectId, lookup) : OK),
  );
};
