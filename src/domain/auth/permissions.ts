/**
 * Who may read and write which documents. Pure (no Node, no RxDB): the sync
 * server enforces these rules on every pull and push, and the client uses
 * the same functions to decide what to offer in the UI.
 *
 * Reads are expressed as a `ReadScope` per collection — org-path prefixes,
 * exact org paths, document ids and subject ids — so storage can turn a
 * scope into an indexed SQL condition instead of filtering in memory.
 */
import { canContain, type OrgKind } from '../org/levels';
import { ancestorPaths, childPath, isWithin, parentPathOf, ROOT_PATH } from '../org/path';
import type { CollectionName } from '../schemas';
import { COLLECTION_NAMES } from '../schemas';
import type { Role } from './roles';
import { isAdminRole } from './roles';

/** The signed-in user as the rules see it. */
export interface Principal {
  /** Account id. */
  id: string;
  role: Role;
  orgId: string;
  /** Path of the unit the account belongs to ("/" for the top administrator). */
  orgPath: string;
  /** The person the account is for, '' for unit accounts. */
  personId: string;
}

/** The documents of one collection a principal may read: the union of all terms. */
export interface ReadScope {
  /** Whole subtrees: documents whose orgPath starts with one of these. */
  prefixes: string[];
  /** Documents whose orgPath is exactly one of these (ancestor units, content published above). */
  exactPaths: string[];
  /** Individual documents by id (one's own person and identity record). */
  ids: string[];
  /** Documents about one of these subjects (a student's own activity records). */
  subjectIds: string[];
}

/** The field that names a document's subject, per collection (stored as an indexed column). */
export const SUBJECT_FIELDS: Partial<Record<CollectionName, string>> = { activities: 'subjectId' };

/** The smallest document shape the rules need. */
export interface DocLike {
  id: string;
  orgPath: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** An organisation unit as far as write checks need it. */
export interface OrgRef {
  id: string;
  kind: OrgKind;
  orgPath: string;
  deleted: boolean;
}

export type WriteDecision = { ok: true } | { ok: false; code: string; reason: string };

/** Lookups a write check may need: org units by id (parents of new units, units of accounts). */
export interface WriteContext {
  org(id: string): OrgRef | undefined;
}

const EMPTY: ReadScope = { prefixes: [], exactPaths: [], ids: [], subjectIds: [] };

/** The kind of unit an account of each role belongs to. */
export const ROLE_UNIT_KIND: Record<Role, OrgKind> = {
  province_admin: 'province',
  city_admin: 'city',
  county_admin: 'county',
  township_admin: 'township',
  school_admin: 'school',
  safety_leader: 'school',
  teacher: 'school',
  classroom: 'school',
  student: 'class',
};

/** Seniority: a lower number is a higher role. The pair of school accounts share a rank. */
export const ROLE_RANK: Record<Role, number> = {
  province_admin: 0,
  city_admin: 1,
  county_admin: 2,
  township_admin: 3,
  school_admin: 4,
  safety_leader: 4,
  teacher: 5,
  classroom: 5,
  student: 6,
};

/** The top administrator administers the root "/" and ranks above every role. */
export function isRootPrincipal(p: Principal): boolean {
  return p.orgPath === ROOT_PATH && p.role === 'province_admin';
}

function rankOf(p: Principal): number {
  return isRootPrincipal(p) ? -1 : ROLE_RANK[p.role];
}

/** What the safety leader (分管安全校长) writes; roster data it only reads. */
export const SAFETY_COLLECTIONS: readonly CollectionName[] = ['content', 'activities', 'inspections', 'hazards', 'conflicts', 'audit'];

function scope(partial: Partial<ReadScope>): ReadScope {
  return { ...EMPTY, ...partial };
}

/** The read scope of one collection for a principal. An empty scope means no access. */
export function readScope(p: Principal, collection: CollectionName): ReadScope {
  const own = p.orgPath;
  const above = ancestorPaths(own);
  // Org units and content are also visible from above: names of the units
  // one belongs to, and lessons, notices and checklists published upwards.
  const withAncestors = (c: CollectionName) => (c === 'orgs' || c === 'content' ? above : []);

  if (isAdminRole(p.role)) {
    return scope({ prefixes: [own], exactPaths: withAncestors(collection) });
  }
  if (p.role === 'safety_leader') {
    if (collection === 'identities' || collection === 'accounts') return scope({});
    return scope({ prefixes: [own], exactPaths: withAncestors(collection) });
  }
  if (p.role === 'teacher') {
    switch (collection) {
      case 'orgs':
      case 'content':
        return scope({ prefixes: [own], exactPaths: above });
      case 'people':
      case 'activities':
      case 'inspections':
      case 'hazards':
        return scope({ prefixes: [own] });
      case 'identities':
        return scope({ ids: p.personId ? [p.personId] : [] });
      default:
        return scope({});
    }
  }
  if (p.role === 'classroom') {
    switch (collection) {
      case 'orgs':
      case 'content':
        return scope({ prefixes: [own], exactPaths: above });
      case 'people':
      case 'activities':
        return scope({ prefixes: [own] });
      default:
        return scope({});
    }
  }
  // student: its class path is its orgPath.
  switch (collection) {
    case 'orgs':
    case 'content':
      return scope({ exactPaths: [...above, own] });
    case 'people':
      return scope({ ids: p.personId ? [p.personId] : [] });
    case 'activities':
      return scope({ subjectIds: p.personId ? [p.personId] : [] });
    default:
      return scope({});
  }
}

export function isEmptyScope(s: ReadScope): boolean {
  return !s.prefixes.length && !s.exactPaths.length && !s.ids.length && !s.subjectIds.length;
}

/** The collections a principal replicates (those with a non-empty read scope). */
export function readableCollections(p: Principal): CollectionName[] {
  return COLLECTION_NAMES.filter((c) => !isEmptyScope(readScope(p, c)));
}

/** The subject of a document for `ReadScope.subjectIds`, '' when the collection has none. */
export function subjectOf(collection: CollectionName, doc: Record<string, unknown>): string {
  const field = SUBJECT_FIELDS[collection];
  const value = field ? doc[field] : undefined;
  return typeof value === 'string' ? value : '';
}

/** True when `doc` lies in `s` (the in-memory twin of the SQL condition). */
export function scopeContains(s: ReadScope, collection: CollectionName, doc: DocLike): boolean {
  if (s.prefixes.some((prefix) => isWithin(doc.orgPath, prefix))) return true;
  if (s.exactPaths.includes(doc.orgPath)) return true;
  if (s.ids.includes(doc.id)) return true;
  const subject = subjectOf(collection, doc);
  return subject !== '' && s.subjectIds.includes(subject);
}

export function canRead(p: Principal, collection: CollectionName, doc: DocLike): boolean {
  return scopeContains(readScope(p, collection), collection, doc);
}

/** "/a/b/" — slash-delimited, no empty segments. */
export function isValidOrgPath(path: string): boolean {
  return /^\/([^/]+\/)*$/.test(path);
}

function refuse(code: string, reason: string): WriteDecision {
  return { ok: false, code, reason };
}

const OK: WriteDecision = { ok: true };

/** Whether the principal's role may write a collection at all (scope is checked separately). */
export function canWriteCollection(p: Principal, collection: CollectionName): boolean {
  if (isAdminRole(p.role)) return true;
  if (p.role === 'safety_leader') return SAFETY_COLLECTIONS.includes(collection);
  if (p.role === 'teacher') return collection === 'activities' || collection === 'inspections' || collection === 'hazards';
  if (p.role === 'classroom' || p.role === 'student') return collection === 'activities';
  return false;
}

const CLASSROOM_ACTIVITY_KINDS = ['lesson_session', 'completion'];
const STUDENT_ACTIVITY_KINDS = ['completion', 'attempt', 'acknowledgement'];

/**
 * May `p` store `next` over `previous` (undefined for a new document)?
 * Reasons are plain Chinese for the person at the keyboard.
 */
export function checkWrite(
  p: Principal,
  collection: CollectionName,
  next: DocLike,
  previous: DocLike | undefined,
  ctx: WriteContext,
): WriteDecision {
  if (!canWriteCollection(p, collection)) {
    return refuse('forbidden_collection', `当前角色不能修改“${collection}”数据`);
  }
  if (!isValidOrgPath(next.orgPath)) return refuse('invalid_org_path', '文档的组织路径格式不正确');
  if (previous && previous.id !== next.id) return refuse('id_mismatch', '文档编号不一致');

  if (p.role === 'student') return checkStudentActivity(p, next, previous);

  const inScope = (doc: DocLike) => isWithin(doc.orgPath, p.orgPath);
  if (!inScope(next) || (previous && !inScope(previous))) {
    return refuse('out_of_scope', '不能修改本单位管辖范围以外的数据');
  }
  if (p.role === 'classroom') {
    for (const doc of previous ? [next, previous] : [next]) {
      if (!CLASSROOM_ACTIVITY_KINDS.includes(String(doc.kind))) {
        return refuse('forbidden_kind', '教室设备只能记录上课和完成情况');
      }
    }
    return OK;
  }
  switch (collection) {
    case 'orgs':
      return checkOrgWrite(p, next, previous, ctx);
    case 'accounts':
      return checkAccountWrite(p, next, previous, ctx);
    case 'audit':
      return previous ? refuse('append_only', '审计记录不能修改或删除') : OK;
    default:
      return OK;
  }
}

function checkStudentActivity(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  for (const doc of previous ? [next, previous] : [next]) {
    if (!p.personId || doc.subjectId !== p.personId || doc.orgPath !== p.orgPath) {
      return refuse('out_of_scope', '学生只能提交自己的学习记录');
    }
    if (!STUDENT_ACTIVITY_KINDS.includes(String(doc.kind))) {
      return refuse('forbidden_kind', '学生只能提交学习完成、测试和回执记录');
    }
  }
  return OK;
}

/** Which org units a write check needs to look up (the server prefetches them). */
export function orgIdsNeeded(collection: CollectionName, doc: Record<string, unknown>): string[] {
  const id = collection === 'orgs' ? doc.parentId : collection === 'accounts' ? doc.orgId : undefined;
  return typeof id === 'string' && id !== '' ? [id] : [];
}

function checkOrgWrite(p: Principal, next: DocLike, previous: DocLike | undefined, ctx: WriteContext): WriteDecision {
  if (!isAdminRole(p.role)) return refuse('forbidden_collection', '当前角色不能修改组织机构');
  if (previous) {
    if (previous.orgPath !== next.orgPath || previous.parentId !== next.parentId || previous.kind !== next.kind) {
      return refuse('org_move', '不能移动组织单位或更改其类型');
    }
    if (next._deleted && next.orgPath === p.orgPath) return refuse('own_unit', '不能删除本单位');
    return OK;
  }
  const kind = next.kind as OrgKind;
  if (next.parentId === '') {
    // A top-level unit: only the top administrator creates provinces.
    if (!isRootPrincipal(p) || kind !== 'province' || next.orgPath !== childPath(ROOT_PATH, next.id)) {
      return refuse('org_level', '只能在本单位下一级创建组织单位');
    }
    return OK;
  }
  const parent = ctx.org(String(next.parentId));
  if (!parent || parent.deleted) return refuse('org_parent_missing', '上级单位不存在');
  if (next.orgPath !== childPath(parent.orgPath, next.id)) {
    return refuse('org_path_mismatch', '组织路径与上级单位不一致');
  }
  if (!isWithin(parent.orgPath, p.orgPath)) return refuse('out_of_scope', '不能修改本单位管辖范围以外的数据');
  if (!canContain(parent.kind, kind)) return refuse('org_kind', '该类单位不能设在这一级');
  // One level down; classes may also be created for any school in the
  // subtree (代录: county and township administrators enter rosters for
  // schools without internet). The top administrator, who sets up an
  // installation (a whole pilot county, or the demo tree), builds at any depth.
  if (parent.orgPath !== p.orgPath && kind !== 'class' && !isRootPrincipal(p)) {
    return refuse('org_level', '只能在本单位下一级创建组织单位');
  }
  return OK;
}

function checkAccountWrite(p: Principal, next: DocLike, previous: DocLike | undefined, ctx: WriteContext): WriteDecision {
  if (!isAdminRole(p.role)) return refuse('forbidden_collection', '当前角色不能管理账号');
  const own = rankOf(p);
  for (const doc of previous ? [previous, next] : [next]) {
    const role = doc.role as Role;
    if (!(role in ROLE_RANK) || ROLE_RANK[role] <= own) {
      return refuse('role_too_high', '不能创建或修改与本账号同级或更高级别的账号');
    }
  }
  if (previous) {
    if (previous.username !== next.username) return refuse('username_server_assigned', '用户名由服务器分配，不能修改');
    if (previous.orgId !== next.orgId || previous.role !== next.role) {
      // Moving an account is re-creating it under the new unit: check it like a new one.
      return checkAccountPlacement(p, next, ctx);
    }
    return OK;
  }
  return checkAccountPlacement(p, next, ctx);
}

function checkAccountPlacement(p: Principal, next: DocLike, ctx: WriteContext): WriteDecision {
  const role = next.role as Role;
  const unit = ctx.org(String(next.orgId));
  if (!unit || unit.deleted) return refuse('account_org_missing', '账号所属单位不存在');
  if (unit.orgPath !== next.orgPath) return refuse('org_path_mismatch', '账号的组织路径与所属单位不一致');
  if (ROLE_UNIT_KIND[role] !== unit.kind) return refuse('role_unit_mismatch', '账号角色与所属单位类型不符');
  if (!isWithin(unit.orgPath, p.orgPath)) return refuse('out_of_scope', '不能修改本单位管辖范围以外的数据');
  // Administrator accounts (and the safety leader) are opened one level
  // down; teachers, students and classroom devices anywhere below.
  if ((isAdminRole(role) || role === 'safety_leader') && parentPathOf(unit.orgPath) !== p.orgPath) {
    return refuse('account_level', '只能为下一级单位开设管理员账号');
  }
  return OK;
}
