/**
 * The second gate of a write, after `checkWriteAccess` has let the
 * principal near the document: is what it pushes right? The server never
 * takes a device's word for
 * - authorship: `createdBy`/`modifiedBy` are the writer, creation stamps
 *   never change;
 * - placement: a document's `orgPath` is the path of the unit it names
 *   (a student's class, a teacher's school, an account's unit, an
 *   activity's subject), computed from stored units, not from the device;
 * - references: the people, units and records a document points at exist
 *   and lie where the writer may put them.
 * Reference failures answer with one code per field whatever the cause, so
 * refusals never tell whether an id exists elsewhere.
 */
import { checkActivityWrite, checkContentWrite } from '../activities/writeRules';
import { checkIdentityAgainstPerson, checkIdentityFields, type IdentityWire } from '../roster/checkIdentity';
import { checkPersonDoc, type PersonWire } from '../roster/checkPersonDoc';
import { checkStatsContent } from '../stats/contentRules';
import {
  checkAccidentPersonsWrite, checkAccidentWrite, checkChecklistWrite, checkHazardWrite, checkInspectionWrite, isAccidentPersons,
} from './hazardRules';
import { canContain, type OrgKind } from '../org/levels';
import { childPath, isWithin, lastId, parentPathOf, ROOT_PATH } from '../org/path';
import type { CollectionName } from '../schemas';
import { isRootPrincipal, isSchoolPartner, managesRole, ROLE_RANK, ROLE_UNIT_KIND, type Principal } from './principal';
import { live, type DocLookup } from './references';
import { isAdminRole, type Role } from './roles';
import { firstRefusal, OK, refuse, type DocLike, type WriteDecision } from './writeDecision';

/** A collection's own rule, run after authorship and placement. */
export type CollectionRule = (p: Principal, next: DocLike, previous: DocLike | undefined, lookup: DocLookup) => WriteDecision;

const COLLECTION_RULES: Partial<Record<CollectionName, CollectionRule>> = {
  orgs: checkOrgWrite,
  accounts: checkAccountWrite,
  // Safety education (publishers of lessons, special activities, notices and assignments), then hazard
  // checklists, then entry targets and points rules (statistics).
  content: (p, next, previous, lookup) =>
    firstRefusal(
      () => checkContentWrite(p, next, previous, lookup),
      () => checkChecklistWrite(p, next, previous),
      () => checkStatsContent(p, next, previous),
    ),
  // Append-only records of lessons taken, sessions held, acknowledgements and drills.
  activities: checkActivityWrite,
  audit: (_p, _next, previous) => (previous ? refuse('append_only', '审计记录不能修改或删除') : OK),
  // What the person form guarantees, re-checked from the document alone.
  // (Documents reach the rules schema-checked, so they have their collection's shape.)
  people: (p, next, previous) => checkPersonDoc(next as unknown as PersonWire, previous as unknown as PersonWire | undefined, p.id),
  // The ID number against its person once the person is on the server;
  // devices upload a person's change before its identity's (sync layer).
  identities: (_p, next, previous, lookup) => {
    if (isAccidentPersons(next) || (previous && isAccidentPersons(previous))) return checkAccidentPersonsWrite(next, previous, lookup);
    // Names of the injured only ever in their own kind, which teachers never read (even their own identity).
    if (next.persons !== undefined) return refuse('identity_invalid', '个人身份信息不能包含事故伤亡人员');
    const person = lookup.get('people', next.id);
    const identity = next as unknown as IdentityWire;
    return person ? checkIdentityAgainstPerson(identity, person as unknown as PersonWire) : checkIdentityFields(identity);
  },
  hazards: checkHazardWrite,
  inspections: checkInspectionWrite,
  accidents: checkAccidentWrite,
};

/** A write rule over a whole document: who writes, which collection, the new and the stored state, what it refers to. */
export type WriteRule = (p: Principal, collection: CollectionName, next: DocLike, previous: DocLike | undefined, lookup: DocLookup) => WriteDecision;

export const checkWriteContent: WriteRule = (p, collection, next, previous, lookup) =>
  firstRefusal(
    () => checkAuthorship(p, next, previous),
    () => checkPlacement(p, collection, next, previous, lookup),
    () => COLLECTION_RULES[collection]?.(p, next, previous, lookup) ?? OK,
  );

function checkAuthorship(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  if (next.modifiedBy !== p.id) return refuse('authorship', '修改人必须是当前登录的账号');
  if (!previous) return next.createdBy === p.id ? OK : refuse('authorship', '创建人必须是当前登录的账号');
  if (next.createdBy !== previous.createdBy || next.createdAt !== previous.createdAt) {
    return refuse('authorship', '不能更改创建人和创建时间');
  }
  return OK;
}

const MISPLACED = refuse('placement', '文档的组织路径与其所属单位不一致');

/** The unit a path names: stored, live, and at exactly that path. */
function unitAt(lookup: DocLookup, path: string): DocLike | undefined {
  const unit = live(lookup, 'orgs', lastId(path));
  return unit && unit.orgPath === path ? unit : undefined;
}

function unitOfKind(lookup: DocLookup, id: unknown, kind: OrgKind): DocLike | undefined {
  const unit = live(lookup, 'orgs', id);
  return unit?.kind === kind ? unit : undefined;
}

const checkPlacement: WriteRule = (p, collection, next, previous, lookup) => {
  if (next._deleted) {
    // A deletion stays where the document was; a new tombstone must name a unit like any document.
    if (previous) return next.orgPath === previous.orgPath ? OK : MISPLACED;
  }
  switch (collection) {
    case 'orgs':
      return OK; // the unit itself: checkOrgWrite derives its path from its parent
    case 'people':
      return placePerson(next, lookup);
    case 'identities': {
      // An accident's named persons live with the accident (same id).
      if (isAccidentPersons(next)) {
        const accident = live(lookup, 'accidents', next.id);
        if (!accident) return refuse('invalid_accident', '关联的事故登记不存在');
        return next.orgPath === accident.orgPath ? OK : MISPLACED;
      }
      // An identity lives with its person; it may reach the server first
      // (it is written first on the device), then it must name a unit.
      const person = lookup.get('people', next.id);
      if (person) return next.orgPath === person.orgPath ? OK : MISPLACED;
      return unitAt(lookup, next.orgPath) ? OK : MISPLACED;
    }
    case 'activities': {
      const subject = live(lookup, 'people', next.subjectId) ?? live(lookup, 'orgs', next.subjectId);
      if (!subject) return refuse('invalid_subject', '记录的对象（学生、班级或学校）不存在或不在管辖范围内');
      return next.orgPath === subject.orgPath ? OK : MISPLACED;
    }
    case 'inspections':
    case 'hazards':
    case 'accidents':
      return placeAtSchool(collection, next, lookup);
    default: {
      const ownUnit = next.orgPath === p.orgPath && (p.orgPath !== ROOT_PATH || isRootPrincipal(p));
      return ownUnit || unitAt(lookup, next.orgPath) ? OK : MISPLACED;
    }
  }
};

function placePerson(next: DocLike, lookup: DocLookup): WriteDecision {
  const school = unitOfKind(lookup, next.schoolId, 'school');
  if (!school) return refuse('invalid_school', '所在学校不存在');
  const klass = next.classId ? unitOfKind(lookup, next.classId, 'class') : undefined;
  if (next.classId && (!klass || klass.parentId !== school.id)) return refuse('invalid_class', '所在班级不属于该学校');
  if (next.kind === 'student' && !klass) return refuse('invalid_class', '学生必须属于一个班级');
  const info = klass?.classInfo as { grade?: unknown; className?: unknown } | undefined;
  if (info && (next.grade !== info.grade || next.className !== info.className)) {
    return refuse('class_mismatch', '年级、班级名称与所在班级不一致');
  }
  const path = next.kind === 'student' ? klass?.orgPath : school.orgPath;
  return next.orgPath === path ? OK : MISPLACED;
}

function placeAtSchool(collection: CollectionName, next: DocLike, lookup: DocLookup): WriteDecision {
  const school = unitOfKind(lookup, next.schoolId, 'school');
  if (!school) return refuse('invalid_school', '所在学校不存在');
  if (next.orgPath !== school.orgPath) return MISPLACED;
  if (collection === 'hazards' && next.inspectionId) {
    const inspection = lookup.get('inspections', String(next.inspectionId));
    if (!inspection || inspection.schoolId !== next.schoolId) return refuse('invalid_inspection', '关联的排查记录不存在');
  }
  return OK;
}

function checkOrgWrite(p: Principal, next: DocLike, previous: DocLike | undefined, lookup: DocLookup): WriteDecision {
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
  const parent = live(lookup, 'orgs', next.parentId);
  if (!parent) return refuse('org_parent_missing', '上级单位不存在');
  if (next.orgPath !== childPath(parent.orgPath, next.id)) return MISPLACED;
  if (!isWithin(parent.orgPath, p.orgPath)) return refuse('out_of_scope', '不能修改本单位管辖范围以外的数据');
  if (!canContain(parent.kind as OrgKind, kind)) return refuse('org_kind', '该类单位不能设在这一级');
  // One level down; classes may also be created for any school in the
  // subtree (代录: county and township administrators enter rosters for
  // schools without internet). The top administrator, who sets up an
  // installation (a whole pilot county, or the demo tree), builds at any depth.
  if (parent.orgPath !== p.orgPath && kind !== 'class' && !isRootPrincipal(p)) {
    return refuse('org_level', '只能在本单位下一级创建组织单位');
  }
  return OK;
}

function checkAccountWrite(p: Principal, next: DocLike, previous: DocLike | undefined, lookup: DocLookup): WriteDecision {
  if (!isAdminRole(p.role)) return refuse('forbidden_collection', '当前角色不能管理账号');
  for (const doc of previous ? [previous, next] : [next]) {
    const role = doc.role as Role;
    if (!(role in ROLE_RANK) || !managesRole(p, role, doc.orgPath)) {
      return refuse('role_too_high', '不能创建或修改与本账号同级或更高级别的账号');
    }
  }
  const unchangedPlace =
    previous &&
    (['orgPath', 'orgId', 'role', 'personId'] as const).every((field) => previous[field] === next[field]);
  if (unchangedPlace || next._deleted) return OK;
  return checkAccountPlacement(p, next, lookup);
}

/** Where an account may be opened (or moved: moving is re-opening under the new unit). */
function checkAccountPlacement(p: Principal, next: DocLike, lookup: DocLookup): WriteDecision {
  const role = next.role as Role;
  const unit = live(lookup, 'orgs', next.orgId);
  if (!unit) return refuse('account_org_missing', '账号所属单位不存在');
  if (unit.orgPath !== next.orgPath) return MISPLACED;
  if (ROLE_UNIT_KIND[role] !== unit.kind) return refuse('role_unit_mismatch', '账号角色与所属单位类型不符');
  // Administrator accounts (and the safety leader) are opened one level
  // down — or, the safety leader, by its school's own administrator;
  // teachers, students and classroom devices (bound to a class) anywhere below.
  const levelFits = parentPathOf(unit.orgPath) === p.orgPath || isSchoolPartner(p, role, unit.orgPath);
  if ((isAdminRole(role) || role === 'safety_leader') && !levelFits) {
    return refuse('account_level', '只能为下一级单位开设管理员账号');
  }
  return checkAccountPerson(role, unit, next.personId, lookup);
}

/**
 * An account for a person (a teacher's, a student's) must be for a person
 * of the account's own unit: a teacher or student account pointing at
 * someone elsewhere would read that person's identity.
 */
function checkAccountPerson(role: Role, unit: DocLike, personId: unknown, lookup: DocLookup): WriteDecision {
  const needsPerson = role === 'teacher' || role === 'student';
  if (!personId) return needsPerson ? refuse('invalid_person', '教师和学生账号必须对应本单位的人员') : OK;
  const person = live(lookup, 'people', personId);
  const kindFits = role === 'student' ? person?.kind === 'student' : role === 'teacher' ? person?.kind === 'teacher' : true;
  const placeFits = person && (role === 'student' ? person.orgPath === unit.orgPath : isWithin(person.orgPath, unit.orgPath));
  return person && kindFits && placeFits ? OK : refuse('invalid_person', '账号对应的人员不在本单位');
}
