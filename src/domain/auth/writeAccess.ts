/**
 * The first gate of every write: may this principal touch this document
 * at all? It looks only at the principal, at where the pushed document
 * says it lives and at where the stored one lives — never at the stored
 * content — so a refusal here reads the same whatever the server holds.
 * Everything that compares contents (replays, conflicts, placement,
 * authorship) runs after it passes (see writeContent.ts).
 */
import { isWithin } from '../org/path';
import type { CollectionName } from '../schemas';
import type { Principal } from './principal';
import { canRead, SAFETY_COLLECTIONS, TEACHER_COLLECTIONS } from './readScope';
import { isAdminRole } from './roles';
import { OK, refuse, type DocLike, type WriteDecision } from './writeDecision';

/** Whether the principal's role may write a collection at all (where is checked separately). */
export function canWriteCollection(p: Principal, collection: CollectionName): boolean {
  // Statistics rollups are the server's own computation: nobody pushes them.
  if (collection === 'stats') return false;
  if (isAdminRole(p.role)) return true;
  if (p.role === 'safety_leader') return SAFETY_COLLECTIONS.includes(collection);
  if (p.role === 'teacher') return TEACHER_COLLECTIONS.includes(collection) || collection === 'conflicts';
  if (p.role === 'classroom' || p.role === 'student') return collection === 'activities';
  return false;
}

/**
 * The activity kinds a classroom device and a student may record. Students
 * signed in on the classroom computer write through the device's account.
 */
export const CLASSROOM_ACTIVITY_KINDS: readonly string[] = ['lesson_session', 'completion', 'attempt', 'acknowledgement'];
export const STUDENT_ACTIVITY_KINDS: readonly string[] = ['completion', 'attempt', 'acknowledgement'];

/** "/a/b/" — slash-delimited ids of the defined pattern, no empty segments. */
const ORG_PATH = /^\/([A-Za-z0-9][A-Za-z0-9_.:-]{0,63}\/){0,12}$/;
export function isValidOrgPath(path: string): boolean {
  return ORG_PATH.test(path);
}

export const FORBIDDEN_COLLECTION = refuse('forbidden_collection', '当前角色不能修改这类数据');
const OUT_OF_SCOPE = refuse('out_of_scope', '不能修改本单位管辖范围以外的数据');

/**
 * May `p` write `next` over `previous` (undefined for a new document), as
 * far as roles and places go?
 */
export function checkWriteAccess(
  p: Principal,
  collection: CollectionName,
  next: DocLike,
  previous: DocLike | undefined,
): WriteDecision {
  if (!canWriteCollection(p, collection)) return FORBIDDEN_COLLECTION;
  if (!isValidOrgPath(next.orgPath)) return refuse('invalid_org_path', '文档的组织路径格式不正确');
  if (p.role === 'student') return studentAccess(p, next, previous);

  const inScope = (doc: DocLike) => isWithin(doc.orgPath, p.orgPath);
  if (!inScope(next)) return OUT_OF_SCOPE;
  // A stored document is only ever changed by someone who may read it:
  // otherwise replies about it (a conflict, a replay) would reveal it.
  if (previous && (!inScope(previous) || !canRead(p, collection, previous))) return OUT_OF_SCOPE;
  // Where a role reads only some of a collection (records of its own, one kind of identities), it writes only those.
  if ((collection === 'conflicts' || collection === 'identities') && !canRead(p, collection, next)) return OUT_OF_SCOPE;
  if (p.role === 'classroom') return kindAllowed(CLASSROOM_ACTIVITY_KINDS, next, previous, '教室设备只能记录上课、学习、测试和回执');
  return OK;
}

function studentAccess(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  for (const doc of previous ? [next, previous] : [next]) {
    if (!p.personId || doc.subjectId !== p.personId || doc.orgPath !== p.orgPath) {
      return refuse('out_of_scope', '学生只能提交自己的学习记录');
    }
  }
  return kindAllowed(STUDENT_ACTIVITY_KINDS, next, previous, '学生只能提交学习完成、测试和回执记录');
}

function kindAllowed(kinds: readonly string[], next: DocLike, previous: DocLike | undefined, reason: string): WriteDecision {
  const ok = [next, previous].every((doc) => !doc || kinds.includes(String(doc.kind)));
  return ok ? OK : refuse('forbidden_kind', reason);
}
