import { childPath } from '../org/path';
import type { OrgKind } from '../org/levels';
import type { SchoolStage, SchoolType, UrbanRuralCode } from '../org/schoolCodes';
import { classSortKey } from '../roster/className';
import { toChineseNumeral } from '../roster/chineseNumerals';
import { gradeLabel } from '../roster/gradeNames';
import { GRADE_CODES, type GradeCode } from '../roster/grades';
import { maskIdNumber, maskPhone } from '../roster/mask';
import { nameSearchKey } from '../roster/pinyin';
import type { Gender, IdentityDoc, OrgDoc, PersonDoc, PersonKind } from '../schemas';
import { randomName } from './names';
import type { Random } from './random';
import { DEMO_CITY, DEMO_COUNTY, DEMO_PROVINCE, DEMO_ROADS, type DemoRegion } from './regions';
import { createSyntheticIds, randomDate, type SyntheticIds } from './syntheticIds';

/**
 * Synthetic rosters: regions, schools, their classes, teachers and
 * students, one identity document per person. The demo organisation
 * (demoDataset.ts) and the benchmarks' county (sync-server/bench/seed.ts)
 * are both built with it, so both look like what the app stores.
 */
export interface RosterDocs {
  orgs: OrgDoc[];
  people: PersonDoc[];
  identities: IdentityDoc[];
}

/** Share of people left waiting for review (待审核), so the review queue is not empty. */
const PENDING_SHARE = 0.05;

export interface RosterBuild {
  random: Random;
  ids: SyntheticIds;
  /** Timestamp written into the documents; ages are counted from it. */
  now: number;
  /** Calendar year in which the current school year began (September). */
  schoolYear: number;
  /** Written as creator, modifier, reviewer and enterer. */
  author: string;
  out: RosterDocs;
  /** True once enough has been made (the bench's document budget): no more classes or people are added. */
  full: () => boolean;
  /** nameSearchKey runs pinyin-pro and names repeat, so each name is keyed once. */
  searchKeys: Map<string, string>;
}

export function startRosterBuild(random: Random, now: number, author: string, out: RosterDocs, full = () => false): RosterBuild {
  const today = new Date(now);
  const schoolYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return { random, ids: createSyntheticIds(random), now, schoolYear, author, out, full, searchKeys: new Map() };
}

function baseFields(b: RosterBuild, id: string, orgPath: string) {
  return { id, orgPath, createdAt: b.now, createdBy: b.author, modifiedAt: b.now, modifiedBy: b.author };
}

/** A province, city, county or township; returns its path. */
export function addRegion(b: RosterBuild, kind: OrgKind, region: DemoRegion, parentId: string, parentPath: string): string {
  const path = childPath(parentPath, region.code);
  b.out.orgs.push({
    ...baseFields(b, region.code, path),
    kind,
    name: region.name,
    parentId,
    regionCode: region.code,
    sortKey: region.code,
    deletedAt: 0,
  });
  return path;
}

/**
 * Birth date of a pupil in `grade`: children start 一年级 in the September
 * after they turn six, so year g is born between 1 Sep (Y−g−6) and 31 Aug
 * (Y−g−5), where Y is the year the school year began.
 */
function pupilBirthDate(b: RosterBuild, grade: GradeCode): string {
  const g = GRADE_CODES.indexOf(grade) + 1;
  const from = new Date(Date.UTC(b.schoolYear - g - 6, 8, 1));
  const to = new Date(Date.UTC(b.schoolYear - g - 5, 7, 31));
  return randomDate(b.random, from, to);
}

function teacherBirthDate(b: RosterBuild): string {
  const from = new Date(Date.UTC(b.schoolYear - 58, 0, 1));
  const to = new Date(Date.UTC(b.schoolYear - 23, 11, 31));
  return randomDate(b.random, from, to);
}

function searchKeyOf(b: RosterBuild, name: string): string {
  let key = b.searchKeys.get(name);
  if (key === undefined) {
    key = nameSearchKey(name);
    b.searchKeys.set(name, key);
  }
  return key;
}

interface PersonSpec {
  id: string;
  kind: PersonKind;
  orgPath: string;
  schoolId: string;
  classId: string;
  grade: GradeCode;
  className: string;
  isHeadTeacher: boolean;
  birth: string;
}

function addPerson(b: RosterBuild, spec: PersonSpec): void {
  const { random, ids, now } = b;
  const gender: Gender = random.chance(0.5) ? 'M' : 'F';
  const name = randomName(random, gender);
  const idNumber = ids.idNumber(DEMO_COUNTY.code, spec.birth, gender);
  const phone = spec.kind === 'teacher' ? ids.mobile() : '';
  const status = random.chance(PENDING_SHARE) ? 'pending' : 'approved';
  b.out.people.push({
    ...baseFields(b, spec.id, spec.orgPath),
    kind: spec.kind,
    name,
    gender,
    schoolId: spec.schoolId,
    classId: spec.classId,
    grade: spec.grade,
    className: spec.className,
    isHeadTeacher: spec.isHeadTeacher,
    idMasked: maskIdNumber(idNumber),
    phoneMasked: maskPhone(phone),
    nameSearch: searchKeyOf(b, name),
    review: { status, reason: '', by: b.author, at: now },
    enteredBy: b.author,
    enteredAt: now,
    deletedAt: 0,
  });
  // 学籍号 left empty: synthetic rosters have no national student numbers.
  b.out.identities.push({ ...baseFields(b, spec.id, spec.orgPath), idNumber, phone, studentNo: '' });
}

export interface SchoolSpec {
  /** Stable id part, e.g. 411502103-1: the school is `sch-<key>`, its classes `cls-<key>-<grade>-<n>`. */
  key: string;
  name: string;
  parentId: string;
  parentPath: string;
  /** Name of the township in the school's address ('' for none). */
  township: string;
  schoolType: SchoolType;
  stage: SchoolStage;
  urbanRural: UrbanRuralCode;
  grades: readonly GradeCode[];
  classesPerGrade: number;
  /** Teachers of a class, the first its head teacher (班主任): drawn between these two. */
  teachersPerClass: readonly [number, number];
  /** Students of a class, asked once per class after its teachers. */
  studentsPerClass: (random: Random) => number;
}

/** A school, then class by class its teachers (placed in the school) and students; returns the school. */
export function addSchool(b: RosterBuild, spec: SchoolSpec): { id: string; path: string } {
  const { random } = b;
  const schoolId = `sch-${spec.key}`;
  const schoolPath = childPath(spec.parentPath, schoolId);
  b.out.orgs.push({
    ...baseFields(b, schoolId, schoolPath),
    kind: 'school',
    name: spec.name,
    parentId: spec.parentId,
    regionCode: '',
    sortKey: spec.name,
    school: {
      schoolType: spec.schoolType,
      nature: 'public',
      stage: spec.stage,
      address: `${DEMO_PROVINCE.name}${DEMO_CITY.name}${DEMO_COUNTY.name}${spec.township}${random.pick(DEMO_ROADS)}${random.int(1, 199)}号`,
      schoolCode: `3141${random.digits(6)}`,
      urbanRural: spec.urbanRural,
      principal: randomName(random, random.chance(0.5) ? 'M' : 'F'),
    },
    deletedAt: 0,
  });

  let teacherNo = 0;
  for (const grade of spec.grades) {
    for (let n = 1; n <= spec.classesPerGrade && !b.full(); n++) {
      const className = `${toChineseNumeral(n)}班`;
      const classKey = `${spec.key}-${grade.toLowerCase()}-${n}`;
      const classId = `cls-${classKey}`;
      const classPath = childPath(schoolPath, classId);
      b.out.orgs.push({
        ...baseFields(b, classId, classPath),
        kind: 'class',
        name: `${gradeLabel(grade)}${className}`,
        parentId: schoolId,
        regionCode: '',
        sortKey: classSortKey(grade, className),
        classInfo: { grade, className },
        deletedAt: 0,
      });
      const common = { schoolId, classId, grade, className };
      const teachers = random.int(...spec.teachersPerClass);
      for (let t = 0; t < teachers && !b.full(); t++) {
        teacherNo += 1;
        const id = `p-${spec.key}-t${String(teacherNo).padStart(3, '0')}`;
        addPerson(b, { ...common, id, kind: 'teacher', orgPath: schoolPath, isHeadTeacher: t === 0, birth: teacherBirthDate(b) });
      }
      const students = spec.studentsPerClass(random);
      for (let s = 1; s <= students && !b.full(); s++) {
        const id = `p-${classKey}-s${String(s).padStart(2, '0')}`;
        addPerson(b, { ...common, id, kind: 'student', orgPath: classPath, isHeadTeacher: false, birth: pupilBirthDate(b, grade) });
      }
    }
  }
  return { id: schoolId, path: schoolPath };
}
