import { describe, expect, it } from 'vitest';
import {
  canRead,
  checkWrite,
  checkWriteAccess,
  isEmptyScope,
  readableCollections,
  readScope,
  referencesOf,
  type DocLike,
  type DocLookup,
  type Principal,
} from '@/domain/auth/permissions';
import type { CollectionName } from '@/domain/schemas';
import { registerHazard } from '@/domain/hazards';
import { draft } from '../hazards/hazardFixtures';

const PROVINCE = '/41/';
const CITY = '/41/4115/';
const COUNTY = '/41/4115/411502/';
const TOWNSHIP = '/41/4115/411502/411502001/';
const SCHOOL_A = `${TOWNSHIP}sch-a/`;
const CLASS_A = `${SCHOOL_A}cls-a1/`;
const SCHOOL_B = `${TOWNSHIP}sch-b/`;
const CLASS_B = `${SCHOOL_B}cls-b1/`;

const unit = (id: string, kind: string, orgPath: string, parentId: string, extra: Record<string, unknown> = {}): DocLike => ({
  id,
  orgPath,
  kind,
  parentId,
  deletedAt: 0,
  ...extra,
});
const STORED: Partial<Record<CollectionName, DocLike[]>> = {
  orgs: [
    unit('41', 'province', PROVINCE, ''),
    unit('4115', 'city', CITY, '41'),
    unit('411502', 'county', COUNTY, '4115'),
    unit('411502001', 'township', TOWNSHIP, '411502'),
    unit('sch-a', 'school', SCHOOL_A, '411502001'),
    unit('cls-a1', 'class', CLASS_A, 'sch-a', { classInfo: { grade: 'P1', className: '一班' } }),
    unit('sch-b', 'school', SCHOOL_B, '411502001'),
    unit('cls-b1', 'class', CLASS_B, 'sch-b', { classInfo: { grade: 'P1', className: '一班' } }),
  ],
  people: [
    { id: 'p-student', orgPath: CLASS_A, kind: 'student', schoolId: 'sch-a', classId: 'cls-a1', deletedAt: 0 },
    { id: 'p-teacher', orgPath: SCHOOL_A, kind: 'teacher', schoolId: 'sch-a', classId: 'cls-a1', deletedAt: 0 },
    { id: 'p-b', orgPath: CLASS_B, kind: 'student', schoolId: 'sch-b', classId: 'cls-b1', deletedAt: 0 },
  ],
};
const lookup: DocLookup = { get: (collection, id) => STORED[collection]?.find((d) => d.id === id) };

const who = (role: Principal['role'], orgPath: string, personId = ''): Principal => ({
  id: `acc-${role}`,
  role,
  orgId: orgPath.split('/').filter(Boolean).pop() ?? '',
  orgPath,
  personId,
});

const root = who('province_admin', '/');
const county = who('county_admin', COUNTY);
const township = who('township_admin', TOWNSHIP);
const schoolAdmin = who('school_admin', SCHOOL_A);
const safety = who('safety_leader', SCHOOL_A);
const teacher = who('teacher', SCHOOL_A, 'p-teacher');
const student = who('student', CLASS_A, 'p-student');
const classroom = who('classroom', CLASS_A);

const doc = (id: string, orgPath: string, fields: Record<string, unknown> = {}): DocLike => ({ id, orgPath, _deleted: false, ...fields });
/** A new document as `p`'s device writes it. */
const mine = (p: Principal, id: string, orgPath: string, fields: Record<string, unknown> = {}) =>
  doc(id, orgPath, { createdBy: p.id, modifiedBy: p.id, createdAt: 1, modifiedAt: 1, ...fields });
/** A student as the person form writes it (the people rules check the whole document). */
const studentDoc = (p: Principal, id: string, classPath: string, classId: string, schoolId: string) =>
  mine(p, id, classPath, {
    kind: 'student',
    name: '张小明',
    gender: 'M',
    schoolId,
    classId,
    grade: 'P1',
    className: '一班',
    isHeadTeacher: false,
    idMasked: '',
    phoneMasked: '',
    nameSearch: 'zhangxiaoming',
    review: { status: 'draft', reason: '', by: p.id, at: 1 },
    enteredBy: p.id,
    enteredAt: 1,
    deletedAt: 0,
  });

describe('read scopes', () => {
  it('gives administrators their subtree and ancestors only for orgs, content and the administrators above', () => {
    expect(readScope(county, 'people')).toEqual({ prefixes: [COUNTY], exactPaths: [], ids: [], subjectIds: [] });
    expect(readScope(county, 'orgs').exactPaths).toEqual([PROVINCE, CITY]);
    expect(readScope(county, 'content').exactPaths).toEqual([PROVINCE, CITY]);
    expect(readScope(county, 'accounts').exactPaths).toEqual([PROVINCE, CITY]);
    expect(readScope(county, 'identities').exactPaths).toEqual([]);
    expect(readScope(root, 'identities').prefixes).toEqual(['/']);
  });

  it('lets a teacher read its school roster but only its own identity', () => {
    expect(canRead(teacher, 'people', doc('p1', CLASS_A))).toBe(true);
    expect(canRead(teacher, 'people', doc('p2', CLASS_B))).toBe(false);
    expect(canRead(teacher, 'identities', doc('p1', CLASS_A))).toBe(false);
    expect(canRead(teacher, 'identities', doc('p-teacher', SCHOOL_A))).toBe(true);
    expect(isEmptyScope(readScope(teacher, 'accounts'))).toBe(true);
  });

  it('lets a student read itself, its units, content from above and its own activities', () => {
    expect(canRead(student, 'people', doc('p-student', CLASS_A))).toBe(true);
    expect(canRead(student, 'people', doc('p-other', CLASS_A))).toBe(false);
    expect(canRead(student, 'orgs', doc('sch-a', SCHOOL_A))).toBe(true);
    expect(canRead(student, 'orgs', doc('sch-b', SCHOOL_B))).toBe(false);
    expect(canRead(student, 'content', doc('c1', COUNTY))).toBe(true);
    expect(canRead(student, 'activities', doc('a1', CLASS_A, { subjectId: 'p-student' }))).toBe(true);
    expect(canRead(student, 'activities', doc('a2', CLASS_A, { subjectId: 'p-other' }))).toBe(false);
    expect(readableCollections(student)).toEqual(['orgs', 'people', 'content', 'activities']);
  });

  it('keeps identities and accounts from the safety leader and the classroom device', () => {
    expect(readableCollections(classroom)).not.toContain('identities');
    for (const p of [safety, classroom]) expect(readableCollections(p)).not.toContain('accounts');
    // The safety leader replicates identities for the accident kind only: never an ID number.
    expect(canRead(safety, 'identities', doc('p-student', CLASS_A))).toBe(false);
    expect(readableCollections(safety)).toContain('hazards');
  });

  it('gives an accident’s named persons the read rule of personal data, plus the school’s safety leader', () => {
    const names = doc('acd-1', SCHOOL_A, { kind: 'accident_persons' });
    for (const p of [root, county, schoolAdmin, safety]) expect(canRead(p, 'identities', names)).toBe(true);
    for (const p of [teacher, student, classroom, who('school_admin', SCHOOL_B), who('safety_leader', SCHOOL_B)]) {
      expect(canRead(p, 'identities', names)).toBe(false);
    }
    // A list of names given a teacher's person id stays out of the teacher's reach.
    expect(canRead(teacher, 'identities', doc('p-teacher', SCHOOL_A, { kind: 'accident_persons' }))).toBe(false);
    expect(canRead(teacher, 'identities', doc('p-teacher', SCHOOL_A))).toBe(true);
  });

  it('keeps the read rule of the source collection for conflict and refusal records', () => {
    const record = (sourceCollection: string, losingBy = 'acc-x') => doc('cf', CLASS_A, { sourceCollection, losingBy });
    expect(canRead(schoolAdmin, 'conflicts', record('identities'))).toBe(true);
    expect(canRead(safety, 'conflicts', record('identities'))).toBe(false);
    expect(canRead(safety, 'conflicts', record('accounts'))).toBe(false);
    expect(canRead(safety, 'conflicts', record('hazards'))).toBe(true);
    // Teachers read the records of their own refused writes, of collections they read whole.
    expect(canRead(teacher, 'conflicts', record('hazards', teacher.id))).toBe(true);
    expect(canRead(teacher, 'conflicts', record('hazards'))).toBe(false);
    expect(canRead(teacher, 'conflicts', record('identities', teacher.id))).toBe(false);
    expect(readableCollections(classroom)).not.toContain('conflicts');
  });
});

describe('write access (places only, never stored content)', () => {
  it('refuses writes outside the subtree, and changes to documents stored outside it', () => {
    expect(checkWriteAccess(schoolAdmin, 'people', doc('p1', CLASS_A), undefined).ok).toBe(true);
    expect(checkWriteAccess(schoolAdmin, 'people', doc('p1', SCHOOL_B), undefined)).toMatchObject({ ok: false, code: 'out_of_scope' });
    expect(checkWriteAccess(schoolAdmin, 'people', doc('p1', CLASS_A), doc('p1', SCHOOL_B)).ok).toBe(false);
    expect(checkWriteAccess(schoolAdmin, 'people', doc('p1', '/bad path/'), undefined)).toMatchObject({ code: 'invalid_org_path' });
  });

  it('lets teachers write safety records but not the roster', () => {
    expect(checkWriteAccess(teacher, 'hazards', doc('h1', SCHOOL_A), undefined).ok).toBe(true);
    expect(checkWriteAccess(teacher, 'people', doc('p1', CLASS_A), undefined)).toMatchObject({ ok: false, code: 'forbidden_collection' });
    expect(checkWriteAccess(safety, 'identities', doc('p1', CLASS_A), undefined).ok).toBe(false);
    expect(checkWriteAccess(safety, 'identities', doc('acd-1', SCHOOL_A, { kind: 'accident_persons' }), undefined).ok).toBe(true);
    // Not over a person's identity, whatever the pushed document says it is.
    expect(checkWriteAccess(safety, 'identities', doc('p1', CLASS_A, { kind: 'accident_persons' }), doc('p1', CLASS_A)).ok).toBe(false);
    expect(checkWriteAccess(teacher, 'identities', doc('acd-1', SCHOOL_A, { kind: 'accident_persons' }), undefined).ok).toBe(false);
    expect(checkWriteAccess(safety, 'inspections', doc('i1', SCHOOL_A), undefined).ok).toBe(true);
  });

  it('limits students to their own learning records', () => {
    const own = doc('a1', CLASS_A, { kind: 'completion', subjectId: 'p-student' });
    expect(checkWriteAccess(student, 'activities', own, undefined).ok).toBe(true);
    expect(checkWriteAccess(student, 'activities', { ...own, subjectId: 'p-other' }, undefined).ok).toBe(false);
    expect(checkWriteAccess(student, 'activities', { ...own, kind: 'drill' }, undefined).ok).toBe(false);
    expect(checkWriteAccess(student, 'content', doc('c1', CLASS_A), undefined).ok).toBe(false);
  });

  it('limits the classroom device to its class’s sessions, completions, attempts and acknowledgements', () => {
    expect(checkWriteAccess(classroom, 'activities', doc('a1', CLASS_A, { kind: 'lesson_session' }), undefined).ok).toBe(true);
    expect(checkWriteAccess(classroom, 'activities', doc('a1', CLASS_A, { kind: 'attempt' }), undefined).ok).toBe(true);
    expect(checkWriteAccess(classroom, 'activities', doc('a1', CLASS_A, { kind: 'drill' }), undefined).ok).toBe(false);
    expect(checkWriteAccess(classroom, 'activities', doc('a1', CLASS_B, { kind: 'attempt' }), undefined).ok).toBe(false);
  });
});

describe('write content (authorship, placement, references)', () => {
  it('takes authorship from the signed-in user, never from the device', () => {
    const registeredByTeacher = registerHazard(draft({ schoolId: 'sch-a', inspectionId: '', responsibleId: '' }), { id: teacher.id, role: 'teacher' }, { at: 1 });
    if (!registeredByTeacher.ok) throw new Error(registeredByTeacher.reason);
    const hazard = mine(teacher, 'h1', SCHOOL_A, { ...registeredByTeacher.hazard, deletedAt: 0 });
    expect(checkWrite(teacher, 'hazards', hazard, undefined, lookup).ok).toBe(true);
    expect(checkWrite(teacher, 'hazards', { ...hazard, createdBy: 'acc-someone' }, undefined, lookup)).toMatchObject({ code: 'authorship' });
    expect(checkWrite(teacher, 'hazards', { ...hazard, modifiedBy: 'acc-someone' }, undefined, lookup)).toMatchObject({ code: 'authorship' });
    const edit = { ...hazard, modifiedBy: schoolAdmin.id, modifiedAt: 2 };
    expect(checkWrite(schoolAdmin, 'hazards', edit, hazard, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'hazards', { ...edit, createdBy: schoolAdmin.id }, hazard, lookup)).toMatchObject({ code: 'authorship' });
  });

  it('derives a person’s path from the class or school it names', () => {
    expect(checkWrite(schoolAdmin, 'people', studentDoc(schoolAdmin, 'p1', CLASS_A, 'cls-a1', 'sch-a'), undefined, lookup).ok).toBe(true);
    // Placed in school A's class path, but naming school B's class.
    expect(checkWrite(schoolAdmin, 'people', studentDoc(schoolAdmin, 'p1', CLASS_A, 'cls-b1', 'sch-a'), undefined, lookup)).toMatchObject({
      code: 'invalid_class',
    });
    const teacherAtClassPath = { ...studentDoc(schoolAdmin, 'p2', CLASS_A, '', 'sch-a'), kind: 'teacher', grade: '', className: '' };
    expect(checkWrite(schoolAdmin, 'people', teacherAtClassPath, undefined, lookup)).toMatchObject({ code: 'placement' });
    const wrongGrade = { ...studentDoc(schoolAdmin, 'p3', CLASS_A, 'cls-a1', 'sch-a'), grade: 'P2' };
    expect(checkWrite(schoolAdmin, 'people', wrongGrade, undefined, lookup)).toMatchObject({ code: 'class_mismatch' });
  });

  it('keeps an identity with its person', () => {
    expect(checkWrite(schoolAdmin, 'identities', mine(schoolAdmin, 'p-student', CLASS_A), undefined, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'identities', mine(schoolAdmin, 'p-student', SCHOOL_A), undefined, lookup)).toMatchObject({ code: 'placement' });
    // Not on the server yet (written first on the device): it must name a unit of the writer's.
    expect(checkWrite(schoolAdmin, 'identities', mine(schoolAdmin, 'p-new', CLASS_A), undefined, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'identities', mine(schoolAdmin, 'p-new', `${CLASS_A}ghost/`), undefined, lookup)).toMatchObject({
      code: 'placement',
    });
  });

  it('places an activity with its subject, which must exist', () => {
    const session = mine(teacher, 'a1', CLASS_A, {
      kind: 'lesson_session',
      subjectId: 'cls-a1',
      refId: 'builtin-drowning-lower',
      data: { presentStudentIds: ['p-student'], testRun: true },
    });
    expect(checkWrite(teacher, 'activities', session, undefined, lookup).ok).toBe(true);
    expect(checkWrite(teacher, 'activities', { ...session, subjectId: 'cls-b1' }, undefined, lookup)).toMatchObject({ code: 'placement' });
    expect(checkWrite(teacher, 'activities', { ...session, subjectId: 'nobody' }, undefined, lookup)).toMatchObject({ code: 'invalid_subject' });
    expect(referencesOf('activities', session)).toEqual(
      expect.arrayContaining([
        { collection: 'people', id: 'cls-a1' },
        { collection: 'orgs', id: 'cls-a1' },
      ]),
    );
  });

  it('creates org units one level down (classes anywhere below), never moves them', () => {
    const township2 = mine(county, '411502002', `${COUNTY}411502002/`, { kind: 'township', parentId: '411502' });
    expect(checkWrite(county, 'orgs', township2, undefined, lookup).ok).toBe(true);
    const school = (p: Principal) => mine(p, 'sch-c', `${TOWNSHIP}sch-c/`, { kind: 'school', parentId: '411502001' });
    expect(checkWrite(county, 'orgs', school(county), undefined, lookup)).toMatchObject({ ok: false, code: 'org_level' });
    expect(checkWrite(township, 'orgs', school(township), undefined, lookup).ok).toBe(true);
    const klass = mine(county, 'cls-a2', `${SCHOOL_A}cls-a2/`, { kind: 'class', parentId: 'sch-a' });
    expect(checkWrite(county, 'orgs', klass, undefined, lookup).ok).toBe(true);
    const wrongKind = mine(schoolAdmin, 'x', `${SCHOOL_A}x/`, { kind: 'township', parentId: 'sch-a' });
    expect(checkWrite(schoolAdmin, 'orgs', wrongKind, undefined, lookup)).toMatchObject({ ok: false, code: 'org_kind' });
    const badPath = mine(county, 'y', `${SCHOOL_B}y/`, { kind: 'class', parentId: 'sch-a' });
    expect(checkWrite(county, 'orgs', badPath, undefined, lookup)).toMatchObject({ ok: false, code: 'placement' });
    const stored = lookup.get('orgs', 'sch-a') as DocLike;
    const moved = { ...stored, parentId: '411502', modifiedBy: county.id };
    expect(checkWrite(county, 'orgs', moved, stored, lookup)).toMatchObject({ ok: false, code: 'org_move' });
    const province = mine(root, '42', '/42/', { kind: 'province', parentId: '' });
    expect(checkWrite(root, 'orgs', province, undefined, lookup).ok).toBe(true);
    expect(checkWrite(county, 'orgs', { ...province, createdBy: county.id, modifiedBy: county.id }, undefined, lookup).ok).toBe(false);
    // The top administrator sets up whole trees (a pilot county, the demo): any depth.
    expect(checkWrite(root, 'orgs', school(root), undefined, lookup).ok).toBe(true);
  });

  it('opens administrator accounts one level down, never at or above its own role', () => {
    const account = (p: Principal, role: string, orgId: string, personId = '') => {
      const org = lookup.get('orgs', orgId) as DocLike;
      return mine(p, `acc-${role}-${orgId}`, org.orgPath, { role, orgId, personId, username: '' });
    };
    expect(checkWrite(county, 'accounts', account(county, 'township_admin', '411502001'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(county, 'accounts', account(county, 'school_admin', 'sch-a'), undefined, lookup)).toMatchObject({ code: 'account_level' });
    expect(checkWrite(township, 'accounts', account(township, 'school_admin', 'sch-a'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(township, 'accounts', account(township, 'safety_leader', 'sch-a'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(county, 'accounts', account(county, 'county_admin', '411502'), undefined, lookup)).toMatchObject({ code: 'role_too_high' });
    // The school's administrator opens its own safety leader (the school's pair), nobody else's, and no administrator.
    expect(checkWrite(schoolAdmin, 'accounts', account(schoolAdmin, 'safety_leader', 'sch-a'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'accounts', account(schoolAdmin, 'safety_leader', 'sch-b'), undefined, lookup).ok).toBe(false);
    expect(checkWrite(schoolAdmin, 'accounts', account(schoolAdmin, 'school_admin', 'sch-a'), undefined, lookup)).toMatchObject({
      code: 'role_too_high',
    });
    expect(checkWrite(root, 'accounts', account(root, 'province_admin', '41'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(safety, 'accounts', account(safety, 'classroom', 'sch-a'), undefined, lookup).ok).toBe(false);
  });

  it('opens a teacher or student account only for a person of the account’s own unit', () => {
    const account = (role: string, orgId: string, personId: string) => {
      const org = lookup.get('orgs', orgId) as DocLike;
      return mine(schoolAdmin, `acc-${personId}`, org.orgPath, { role, orgId, personId, username: '' });
    };
    expect(checkWrite(schoolAdmin, 'accounts', account('student', 'cls-a1', 'p-student'), undefined, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'accounts', account('teacher', 'sch-a', 'p-teacher'), undefined, lookup).ok).toBe(true);
    // Another school's child, in one's own class: refused, answered like a person who does not exist.
    const foreign = checkWrite(schoolAdmin, 'accounts', account('student', 'cls-a1', 'p-b'), undefined, lookup);
    const missing = checkWrite(schoolAdmin, 'accounts', account('student', 'cls-a1', 'p-nobody'), undefined, lookup);
    expect(foreign).toMatchObject({ ok: false, code: 'invalid_person' });
    expect(foreign).toEqual(missing);
    expect(checkWrite(schoolAdmin, 'accounts', account('teacher', 'sch-a', 'p-student'), undefined, lookup)).toMatchObject({ code: 'invalid_person' });
    expect(checkWrite(schoolAdmin, 'accounts', account('teacher', 'sch-a', ''), undefined, lookup)).toMatchObject({ code: 'invalid_person' });
    // Keeping the unit but widening the path is refused: the path is derived from the unit.
    const widened = { ...account('student', 'cls-a1', 'p-student'), orgPath: SCHOOL_A };
    expect(checkWrite(schoolAdmin, 'accounts', widened, undefined, lookup)).toMatchObject({ code: 'placement' });
  });

  it('keeps the audit log append-only', () => {
    const entry = mine(schoolAdmin, 'au1', SCHOOL_A, { kind: 'export' });
    expect(checkWrite(schoolAdmin, 'audit', entry, undefined, lookup).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'audit', { ...entry, _deleted: true }, entry, lookup).ok).toBe(false);
  });
});
