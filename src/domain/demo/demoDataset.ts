import { childPath, ROOT_PATH } from '../org/path';
import type { OrgKind } from '../org/levels';
import { classSortKey } from '../roster/className';
import { toChineseNumeral } from '../roster/chineseNumerals';
import { gradeLabel } from '../roster/gradeNames';
import { GRADE_CODES, type GradeCode } from '../roster/grades';
import { maskIdNumber, maskPhone } from '../roster/mask';
import { nameSearchKey } from '../roster/pinyin';
import type { Gender, IdentityDoc, OrgDoc, PersonDoc, PersonKind } from '../schemas';
import { DEMO_SCHOOLS, type SchoolPlan } from './demoPlan';
import { randomName } from './names';
import { createRandom, type Random } from './random';
import { DEMO_CITY, DEMO_COUNTY, DEMO_PROVINCE, DEMO_ROADS, DEMO_TOWNSHIPS, type DemoRegion } from './regions';
import { createSyntheticIds, randomDate, type SyntheticIds } from './syntheticIds';

/**
 * A deterministic demo organisation for trying the app without importing
 * real rosters: 河南省 → 信阳市 → 浉河区 → three real townships, seven
 * schools, their classes, teachers and students. Same options, same data,
 * on every device. Uses pinyin-pro (through nameSearchKey): load lazily.
 */
export interface DemoOptions {
  seed?: number;
  /** The clock the data is built against (ages, timestamps); defaults to now. */
  now?: number;
  studentsPerClass?: number;
}

export interface DemoDataset {
  orgs: OrgDoc[];
  people: PersonDoc[];
  identities: IdentityDoc[];
}

export const DEMO_AUTHOR = 'demo';
/** Share of people left waiting for review (待审核), so the review queue is not empty. */
const PENDING_SHARE = 0.05;

interface Context {
  random: Random;
  ids: SyntheticIds;
  now: number;
  /** Calendar year in which the current school year began (September). */
  schoolYear: number;
  out: DemoDataset;
}

function baseFields(ctx: Context, id: string, orgPath: string) {
  return { id, orgPath, createdAt: ctx.now, createdBy: DEMO_AUTHOR, modifiedAt: ctx.now, modifiedBy: DEMO_AUTHOR };
}

function addRegion(ctx: Context, kind: OrgKind, region: DemoRegion, parentId: string, parentPath: string): string {
  const path = childPath(parentPath, region.code);
  ctx.out.orgs.push({
    ...baseFields(ctx, region.code, path),
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
function pupilBirthDate(ctx: Context, grade: GradeCode): string {
  const g = GRADE_CODES.indexOf(grade) + 1;
  const from = new Date(Date.UTC(ctx.schoolYear - g - 6, 8, 1));
  const to = new Date(Date.UTC(ctx.schoolYear - g - 5, 7, 31));
  return randomDate(ctx.random, from, to);
}

function teacherBirthDate(ctx: Context): string {
  const from = new Date(Date.UTC(ctx.schoolYear - 58, 0, 1));
  const to = new Date(Date.UTC(ctx.schoolYear - 23, 11, 31));
  return randomDate(ctx.random, from, to);
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

function addPerson(ctx: Context, spec: PersonSpec): void {
  const { random, ids, now } = ctx;
  const gender: Gender = random.chance(0.5) ? 'M' : 'F';
  const name = randomName(random, gender);
  const idNumber = ids.idNumber(DEMO_COUNTY.code, spec.birth, gender);
  const phone = spec.kind === 'teacher' ? ids.mobile() : '';
  const status = random.chance(PENDING_SHARE) ? 'pending' : 'approved';
  ctx.out.people.push({
    ...baseFields(ctx, spec.id, spec.orgPath),
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
    nameSearch: nameSearchKey(name),
    review: { status, reason: '', by: DEMO_AUTHOR, at: now },
    enteredBy: DEMO_AUTHOR,
    enteredAt: now,
    deletedAt: 0,
  });
  // 学籍号 left empty: the demo has no national student numbers.
  ctx.out.identities.push({ ...baseFields(ctx, spec.id, spec.orgPath), idNumber, phone, studentNo: '' });
}

function addSchool(ctx: Context, plan: SchoolPlan, parentPath: string, studentsPerClass: number): void {
  const { random } = ctx;
  const schoolId = `sch-${plan.key}`;
  const schoolPath = childPath(parentPath, schoolId);
  const township = DEMO_TOWNSHIPS.find((t) => t.code === plan.parentCode);
  ctx.out.orgs.push({
    ...baseFields(ctx, schoolId, schoolPath),
    kind: 'school',
    name: plan.name,
    parentId: plan.parentCode,
    regionCode: '',
    sortKey: plan.name,
    school: {
      schoolType: plan.schoolType,
      nature: 'public',
      stage: plan.stage,
      address: `${DEMO_PROVINCE.name}${DEMO_CITY.name}${DEMO_COUNTY.name}${township?.name ?? ''}${random.pick(DEMO_ROADS)}${random.int(1, 199)}号`,
      schoolCode: `3141${random.digits(6)}`,
      urbanRural: plan.urbanRural,
      principal: randomName(random, random.chance(0.5) ? 'M' : 'F'),
    },
    deletedAt: 0,
  });

  let teacherNo = 0;
  for (const grade of plan.grades) {
    for (let n = 1; n <= plan.classesPerGrade; n++) {
      const className = `${toChineseNumeral(n)}班`;
      const classKey = `${plan.key}-${grade.toLowerCase()}-${n}`;
      const classId = `cls-${classKey}`;
      const classPath = childPath(schoolPath, classId);
      ctx.out.orgs.push({
        ...baseFields(ctx, classId, classPath),
        kind: 'class',
        name: `${gradeLabel(grade)}${className}`,
        parentId: schoolId,
        regionCode: '',
        sortKey: classSortKey(grade, className),
        classInfo: { grade, className },
        deletedAt: 0,
      });
      const common = { schoolId, classId, grade, className };
      // One head teacher (班主任) and one to three subject teachers per class.
      const teachers = random.int(2, 4);
      for (let t = 0; t < teachers; t++) {
        teacherNo += 1;
        const id = `p-${plan.key}-t${String(teacherNo).padStart(3, '0')}`;
        addPerson(ctx, { ...common, id, kind: 'teacher', orgPath: schoolPath, isHeadTeacher: t === 0, birth: teacherBirthDate(ctx) });
      }
      for (let s = 1; s <= studentsPerClass; s++) {
        const id = `p-${classKey}-s${String(s).padStart(2, '0')}`;
        addPerson(ctx, { ...common, id, kind: 'student', orgPath: classPath, isHeadTeacher: false, birth: pupilBirthDate(ctx, grade) });
      }
    }
  }
}

export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  const seed = options.seed ?? 20240901;
  const now = options.now ?? Date.now();
  const studentsPerClass = Math.max(0, Math.floor(options.studentsPerClass ?? 20));
  const today = new Date(now);
  const schoolYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const random = createRandom(seed);
  const ctx: Context = { random, ids: createSyntheticIds(random), now, schoolYear, out: { orgs: [], people: [], identities: [] } };

  const provincePath = addRegion(ctx, 'province', DEMO_PROVINCE, '', ROOT_PATH);
  const cityPath = addRegion(ctx, 'city', DEMO_CITY, DEMO_PROVINCE.code, provincePath);
  const countyPath = addRegion(ctx, 'county', DEMO_COUNTY, DEMO_CITY.code, cityPath);
  const paths = new Map<string, string>([[DEMO_COUNTY.code, countyPath]]);
  for (const township of DEMO_TOWNSHIPS) paths.set(township.code, addRegion(ctx, 'township', township, DEMO_COUNTY.code, countyPath));

  for (const plan of DEMO_SCHOOLS) {
    const parentPath = paths.get(plan.parentCode);
    if (!parentPath) throw new Error(`demo school ${plan.key} has no parent ${plan.parentCode}`);
    addSchool(ctx, plan, parentPath, studentsPerClass);
  }
  return ctx.out;
}
