import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createDatabase } from '@/db/database';
import { testConflictHandler } from './conflictHandler';
import { createOrgUnit } from '@/db/repositories/orgs';
import type { WriteContext } from '@/db/repositories/writeContext';
import type { XiaoanDatabase } from '@/db/types';
import { emptySchoolInfo } from '@/domain/org/schoolInfo';
import { checkCharacter } from '@/domain/roster/idNumber';
import type { PersonInput } from '@/domain/roster/personInput';
import type { OrgDoc } from '@/domain/schemas';

/**
 * A county with one school and two classes in a fresh in-memory database,
 * for repository and component tests. Each call gets its own database name,
 * so tests never share state.
 */
export interface RosterFixture {
  db: XiaoanDatabase;
  ctx: WriteContext;
  county: OrgDoc;
  school: OrgDoc;
  class1: OrgDoc; // 三年级一班
  class2: OrgDoc; // 三年级二班
  otherSchool: OrgDoc;
  otherClass: OrgDoc; // the other school's 一年级一班
}

let counter = 0;

/** A valid synthetic ID number: region 411502, the given birth date and sequence. */
export function idNumberOf(birth: string, sequence: number): string {
  const first17 = `411502${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export async function createRosterFixture(clock?: () => number): Promise<RosterFixture> {
  counter += 1;
  const db = await createDatabase({
    name: `roster${Date.now()}x${counter}`,
    storage: getRxStorageMemory(),
    conflictHandler: testConflictHandler(),
  });
  const ctx: WriteContext = clock ? { db, actor: 'tester', now: clock } : { db, actor: 'tester' };
  const province = await createOrgUnit(ctx, { kind: 'province', name: '河南省', parent: null, regionCode: '41' });
  const city = await createOrgUnit(ctx, { kind: 'city', name: '信阳市', parent: province, regionCode: '4115' });
  const county = await createOrgUnit(ctx, { kind: 'county', name: '浉河区', parent: city, regionCode: '411502' });
  const schoolInfo = emptySchoolInfo();
  const school = await createOrgUnit(ctx, { kind: 'school', name: '第一小学', parent: county, school: schoolInfo });
  const class1 = await createOrgUnit(ctx, { kind: 'class', name: '', parent: school, classInfo: { grade: 'P3', className: '一班' } });
  const class2 = await createOrgUnit(ctx, { kind: 'class', name: '', parent: school, classInfo: { grade: 'P3', className: '二班' } });
  const otherSchool = await createOrgUnit(ctx, { kind: 'school', name: '第二小学', parent: county, school: schoolInfo });
  const otherClass = await createOrgUnit(ctx, {
    kind: 'class',
    name: '',
    parent: otherSchool,
    classInfo: { grade: 'P1', className: '一班' },
  });
  return { db, ctx, county, school, class1, class2, otherSchool, otherClass };
}

/** A valid student input for `classUnit`, overridable field by field. */
export function studentInput(classUnit: OrgDoc, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    kind: 'student',
    schoolId: classUnit.parentId,
    classId: classUnit.id,
    grade: classUnit.classInfo?.grade ?? '',
    name: '张三',
    gender: '',
    idNumber: idNumberOf('20160901', 11),
    phone: '',
    isHeadTeacher: false,
    studentNo: '',
    ...overrides,
  };
}

export function teacherInput(school: OrgDoc, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    kind: 'teacher',
    schoolId: school.id,
    classId: '',
    grade: '',
    name: '李老师',
    gender: 'F',
    idNumber: idNumberOf('19850315', 22),
    phone: '13812345678',
    isHeadTeacher: false,
    studentNo: '',
    ...overrides,
  };
}
