import { describe, expect, it } from 'vitest';
import {
  canRead,
  checkWrite,
  isEmptyScope,
  readableCollections,
  readScope,
  type DocLike,
  type OrgRef,
  type Principal,
  type WriteContext,
} from '@/domain/auth/permissions';

const PROVINCE = '/41/';
const CITY = '/41/4115/';
const COUNTY = '/41/4115/411502/';
const TOWNSHIP = '/41/4115/411502/411502001/';
const SCHOOL_A = `${TOWNSHIP}sch-a/`;
const CLASS_A = `${SCHOOL_A}cls-a1/`;
const SCHOOL_B = `${TOWNSHIP}sch-b/`;

const ORGS: OrgRef[] = [
  { id: '41', kind: 'province', orgPath: PROVINCE, deleted: false },
  { id: '4115', kind: 'city', orgPath: CITY, deleted: false },
  { id: '411502', kind: 'county', orgPath: COUNTY, deleted: false },
  { id: '411502001', kind: 'township', orgPath: TOWNSHIP, deleted: false },
  { id: 'sch-a', kind: 'school', orgPath: SCHOOL_A, deleted: false },
  { id: 'cls-a1', kind: 'class', orgPath: CLASS_A, deleted: false },
  { id: 'sch-b', kind: 'school', orgPath: SCHOOL_B, deleted: false },
];
const ctx: WriteContext = { org: (id) => ORGS.find((o) => o.id === id) };

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
const classroom = who('classroom', SCHOOL_A);

const doc = (id: string, orgPath: string, fields: Record<string, unknown> = {}): DocLike => ({ id, orgPath, _deleted: false, ...fields });

describe('read scopes', () => {
  it('gives administrators their subtree and ancestors only for orgs and content', () => {
    expect(readScope(county, 'people')).toEqual({ prefixes: [COUNTY], exactPaths: [], ids: [], subjectIds: [] });
    expect(readScope(county, 'orgs').exactPaths).toEqual([PROVINCE, CITY]);
    expect(readScope(county, 'content').exactPaths).toEqual([PROVINCE, CITY]);
    expect(readScope(root, 'identities').prefixes).toEqual(['/']);
  });

  it('lets a teacher read its school roster but only its own identity', () => {
    expect(canRead(teacher, 'people', doc('p1', CLASS_A))).toBe(true);
    expect(canRead(teacher, 'people', doc('p2', `${SCHOOL_B}cls-b1/`))).toBe(false);
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
    for (const p of [safety, classroom]) {
      expect(readableCollections(p)).not.toContain('identities');
      expect(readableCollections(p)).not.toContain('accounts');
    }
    expect(readableCollections(safety)).toContain('hazards');
  });
});

describe('writes', () => {
  it('refuses writes outside the subtree, and moves out of it', () => {
    expect(checkWrite(schoolAdmin, 'people', doc('p1', CLASS_A), undefined, ctx).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'people', doc('p1', SCHOOL_B), undefined, ctx)).toMatchObject({ ok: false, code: 'out_of_scope' });
    expect(checkWrite(schoolAdmin, 'people', doc('p1', CLASS_A), doc('p1', SCHOOL_B), ctx).ok).toBe(false);
  });

  it('lets teachers write safety records but not the roster', () => {
    expect(checkWrite(teacher, 'hazards', doc('h1', SCHOOL_A), undefined, ctx).ok).toBe(true);
    expect(checkWrite(teacher, 'people', doc('p1', CLASS_A), undefined, ctx)).toMatchObject({ ok: false, code: 'forbidden_collection' });
    expect(checkWrite(safety, 'identities', doc('p1', CLASS_A), undefined, ctx).ok).toBe(false);
    expect(checkWrite(safety, 'inspections', doc('i1', SCHOOL_A), undefined, ctx).ok).toBe(true);
  });

  it('limits students to their own learning records', () => {
    const own = doc('a1', CLASS_A, { kind: 'completion', subjectId: 'p-student' });
    expect(checkWrite(student, 'activities', own, undefined, ctx).ok).toBe(true);
    expect(checkWrite(student, 'activities', { ...own, subjectId: 'p-other' }, undefined, ctx).ok).toBe(false);
    expect(checkWrite(student, 'activities', { ...own, kind: 'drill' }, undefined, ctx).ok).toBe(false);
    expect(checkWrite(student, 'content', doc('c1', CLASS_A), undefined, ctx).ok).toBe(false);
  });

  it('limits the classroom device to lesson sessions and completions', () => {
    expect(checkWrite(classroom, 'activities', doc('a1', CLASS_A, { kind: 'lesson_session' }), undefined, ctx).ok).toBe(true);
    expect(checkWrite(classroom, 'activities', doc('a1', CLASS_A, { kind: 'attempt' }), undefined, ctx).ok).toBe(false);
  });

  it('creates org units one level down (classes anywhere below), never moves them', () => {
    const township2 = doc('411502002', `${COUNTY}411502002/`, { kind: 'township', parentId: '411502' });
    expect(checkWrite(county, 'orgs', township2, undefined, ctx).ok).toBe(true);
    const school = doc('sch-c', `${TOWNSHIP}sch-c/`, { kind: 'school', parentId: '411502001' });
    expect(checkWrite(county, 'orgs', school, undefined, ctx)).toMatchObject({ ok: false, code: 'org_level' });
    expect(checkWrite(township, 'orgs', school, undefined, ctx).ok).toBe(true);
    const klass = doc('cls-a2', `${SCHOOL_A}cls-a2/`, { kind: 'class', parentId: 'sch-a' });
    expect(checkWrite(county, 'orgs', klass, undefined, ctx).ok).toBe(true);
    const wrongKind = doc('x', `${SCHOOL_A}x/`, { kind: 'township', parentId: 'sch-a' });
    expect(checkWrite(schoolAdmin, 'orgs', wrongKind, undefined, ctx)).toMatchObject({ ok: false, code: 'org_kind' });
    const badPath = doc('y', `${SCHOOL_B}y/`, { kind: 'class', parentId: 'sch-a' });
    expect(checkWrite(county, 'orgs', badPath, undefined, ctx)).toMatchObject({ ok: false, code: 'org_path_mismatch' });
    const moved = doc('sch-a', SCHOOL_A, { kind: 'school', parentId: '411502' });
    expect(checkWrite(county, 'orgs', moved, doc('sch-a', SCHOOL_A, { kind: 'school', parentId: '411502001' }), ctx)).toMatchObject({
      ok: false,
      code: 'org_move',
    });
    const province = doc('42', '/42/', { kind: 'province', parentId: '' });
    expect(checkWrite(root, 'orgs', province, undefined, ctx).ok).toBe(true);
    expect(checkWrite(county, 'orgs', province, undefined, ctx).ok).toBe(false);
    // The top administrator sets up whole trees (a pilot county, the demo): any depth.
    expect(checkWrite(root, 'orgs', school, undefined, ctx).ok).toBe(true);
  });

  it('opens administrator accounts one level down and never at or above its own role', () => {
    const account = (role: string, org: OrgRef, id = `acc-${role}-${org.id}`) =>
      doc(id, org.orgPath, { role, orgId: org.id, username: '' });
    const [provinceOrg, , countyOrg, townshipOrg, schoolA, classA] = ORGS as [OrgRef, OrgRef, OrgRef, OrgRef, OrgRef, OrgRef];
    expect(checkWrite(county, 'accounts', account('township_admin', townshipOrg), undefined, ctx).ok).toBe(true);
    expect(checkWrite(county, 'accounts', account('school_admin', schoolA), undefined, ctx)).toMatchObject({ code: 'account_level' });
    expect(checkWrite(township, 'accounts', account('school_admin', schoolA), undefined, ctx).ok).toBe(true);
    expect(checkWrite(township, 'accounts', account('safety_leader', schoolA), undefined, ctx).ok).toBe(true);
    expect(checkWrite(county, 'accounts', account('county_admin', countyOrg), undefined, ctx)).toMatchObject({ code: 'role_too_high' });
    expect(checkWrite(schoolAdmin, 'accounts', account('safety_leader', schoolA), undefined, ctx)).toMatchObject({ code: 'role_too_high' });
    expect(checkWrite(county, 'accounts', account('teacher', schoolA), undefined, ctx).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'accounts', account('student', classA), undefined, ctx).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'accounts', account('student', schoolA), undefined, ctx)).toMatchObject({ code: 'role_unit_mismatch' });
    expect(checkWrite(root, 'accounts', account('province_admin', provinceOrg), undefined, ctx).ok).toBe(true);
    expect(checkWrite(safety, 'accounts', account('teacher', schoolA), undefined, ctx).ok).toBe(false);
    const existing = account('teacher', schoolA);
    expect(checkWrite(schoolAdmin, 'accounts', { ...existing, username: 'zhangsan' }, existing, ctx)).toMatchObject({
      code: 'username_server_assigned',
    });
  });

  it('keeps the audit log append-only', () => {
    const entry = doc('au1', SCHOOL_A, { kind: 'export' });
    expect(checkWrite(schoolAdmin, 'audit', entry, undefined, ctx).ok).toBe(true);
    expect(checkWrite(schoolAdmin, 'audit', { ...entry, _deleted: true }, entry, ctx).ok).toBe(false);
  });
});
