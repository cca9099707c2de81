/**
 * A county-sized dataset for the benchmarks, and a way to seed it into a
 * storage. Shared by the server pull bench (sync-server/bench/pull.ts) and
 * the browser's initial-replication bench (bench/initialReplication.ts).
 *
 * The county is shaped like a real one (河南省 → 信阳市 → 浉河区, the
 * demo's regions): townships, each with a central primary school, a junior
 * middle school and two village primary schools, their classes, teachers
 * and students, one identity document per person. Schools are added until
 * the requested number of documents is reached, so the mix stays the same
 * at any size: about 49% people, 49% identities, 2% org units.
 *
 * Deterministic: same options, same documents.
 */
import { createRandom, type Random } from '../../src/domain/demo/random';
import { randomName } from '../../src/domain/demo/names';
import { DEMO_CITY, DEMO_COUNTY, DEMO_PROVINCE } from '../../src/domain/demo/regions';
import { createSyntheticIds, randomDate, type SyntheticIds } from '../../src/domain/demo/syntheticIds';
import { childPath, ROOT_PATH } from '../../src/domain/org/path';
import type { SchoolStage, SchoolType, UrbanRuralCode } from '../../src/domain/org/schoolCodes';
import { toChineseNumeral } from '../../src/domain/roster/chineseNumerals';
import { classSortKey } from '../../src/domain/roster/className';
import { gradeLabel } from '../../src/domain/roster/gradeNames';
import type { GradeCode } from '../../src/domain/roster/grades';
import { maskIdNumber, maskPhone } from '../../src/domain/roster/mask';
import { nameSearchKey } from '../../src/domain/roster/pinyin';
import { COLLECTIONS, type CollectionName, type Gender, type IdentityDoc, type OrgDoc, type PersonDoc } from '../../src/domain/schemas';
import { createAccount } from '../src/auth/accounts';
import { commit } from '../src/replication/commit';
import { toWrite, type WireDoc } from '../src/replication/docs';
import { ChangeHub } from '../src/replication/hub';
import { validateDoc } from '../src/replication/validate';
import type { Storage } from '../src/storage/types';

export const BENCH_PASSWORD = 'Bench-pass-2468';
export const BENCH_AUTHOR = 'bench';
/** The county administrator (县级管理员) who replicates the whole county. */
export const COUNTY_ADMIN = 'bench-county';
/** A teacher of the first school, who replicates one school's roster. */
export const SCHOOL_TEACHER = 'bench-teacher';

export interface CountyOptions {
  /** Documents to generate across orgs, people and identities (at least this many, at most one more). */
  documents: number;
  seed?: number;
  /** Timestamp written into the documents. */
  now?: number;
}

export interface CountyDataset {
  orgs: OrgDoc[];
  people: PersonDoc[];
  identities: IdentityDoc[];
  countyId: string;
  countyPath: string;
  /** The first school, for the teacher account. */
  firstSchool: { id: string; path: string };
}

/** Township names of the bench county; cycled with a number when more are needed. */
const TOWNSHIPS = [
  '老城街道', '民权街道', '车站街道', '五星街道', '湖东街道', '金牛山街道', '双井街道', '董家河镇', '浉河港镇', '东双河镇',
  '柳林乡', '谭家河乡', '十三里桥乡', '游河乡', '吴家店镇', '李家寨镇', '新集镇', '东西店镇', '肖王乡', '高梁店乡',
] as const;
const URBAN_RURAL: readonly UrbanRuralCode[] = ['111', '121', '210'];

interface SchoolShape {
  suffix: string;
  schoolType: SchoolType;
  stage: SchoolStage;
  grades: readonly GradeCode[];
  classesPerGrade: number;
  studentsPerClass: [number, number];
}

const PRIMARY: readonly GradeCode[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
const JUNIOR: readonly GradeCode[] = ['J1', 'J2', 'J3'];

/** The schools of one township: about 2,300 students in 54 classes. */
const TOWNSHIP_SCHOOLS: readonly SchoolShape[] = [
  { suffix: '中心小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 4, studentsPerClass: [40, 50] },
  { suffix: '初级中学', schoolType: 'middle', stage: 'junior', grades: JUNIOR, classesPerGrade: 6, studentsPerClass: [45, 55] },
  { suffix: '第一小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 1, studentsPerClass: [20, 40] },
  { suffix: '第二小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 1, studentsPerClass: [20, 40] },
];

const ROADS = ['建设路', '人民路', '中山路', '解放路', '新华路', '文化路', '学府路', '胜利路'] as const;

interface Ctx {
  random: Random;
  ids: SyntheticIds;
  now: number;
  target: number;
  schoolYear: number;
  out: CountyDataset;
  /** nameSearchKey runs pinyin-pro; names repeat, so cache them. */
  searchKeys: Map<string, string>;
}

const total = (out: CountyDataset): number => out.orgs.length + out.people.length + out.identities.length;
const full = (ctx: Ctx): boolean => total(ctx.out) >= ctx.target;

/**
 * Keep the fields the collection's schema declares. The generator writes
 * every field a version of the schema has had (e.g. `studentNo` on people
 * and on identities), so the bench keeps working while a field moves.
 */
function fit<T>(collection: CollectionName, doc: Record<string, unknown>): T {
  const properties = COLLECTIONS[collection].schema.properties;
  return Object.fromEntries(Object.entries(doc).filter(([key]) => key in properties)) as T;
}

function base(id: string, orgPath: string, now: number) {
  return { id, orgPath, createdAt: now, createdBy: BENCH_AUTHOR, modifiedAt: now, modifiedBy: BENCH_AUTHOR };
}

function addRegion(ctx: Ctx, kind: OrgDoc['kind'], code: string, name: string, parentId: string, parentPath: string): string {
  const path = childPath(parentPath, code);
  ctx.out.orgs.push({ ...base(code, path, ctx.now), kind, name, parentId, regionCode: code, sortKey: code, deletedAt: 0 });
  return path;
}

function birthDate(ctx: Ctx, kind: PersonDoc['kind'], grade: GradeCode): string {
  if (kind === 'teacher') {
    return randomDate(ctx.random, new Date(Date.UTC(ctx.schoolYear - 58, 0, 1)), new Date(Date.UTC(ctx.schoolYear - 23, 11, 31)));
  }
  const g = grade.startsWith('J') ? 6 + Number(grade.slice(1)) : Number(grade.slice(1));
  return randomDate(ctx.random, new Date(Date.UTC(ctx.schoolYear - g - 6, 8, 1)), new Date(Date.UTC(ctx.schoolYear - g - 5, 7, 31)));
}

interface PersonSpec {
  id: string;
  kind: PersonDoc['kind'];
  orgPath: string;
  schoolId: string;
  classId: string;
  grade: GradeCode;
  className: string;
  isHeadTeacher: boolean;
}

function addPerson(ctx: Ctx, spec: PersonSpec): void {
  const { random, now } = ctx;
  const gender: Gender = random.chance(0.5) ? 'M' : 'F';
  const name = randomName(random, gender);
  let search = ctx.searchKeys.get(name);
  if (search === undefined) {
    search = nameSearchKey(name);
    ctx.searchKeys.set(name, search);
  }
  const idNumber = ctx.ids.idNumber(DEMO_COUNTY.code, birthDate(ctx, spec.kind, spec.grade), gender);
  const phone = spec.kind === 'teacher' ? ctx.ids.mobile() : '';
  ctx.out.people.push(fit<PersonDoc>('people', {
    ...base(spec.id, spec.orgPath, now),
    kind: spec.kind,
    name,
    gender,
    schoolId: spec.schoolId,
    classId: spec.classId,
    grade: spec.grade,
    className: spec.className,
    isHeadTeacher: spec.isHeadTeacher,
    studentNo: '',
    idMasked: maskIdNumber(idNumber),
    phoneMasked: maskPhone(phone),
    nameSearch: search,
    review: { status: random.chance(0.05) ? 'pending' : 'approved', reason: '', by: BENCH_AUTHOR, at: now },
    enteredBy: BENCH_AUTHOR,
    enteredAt: now,
    deletedAt: 0,
  }));
  ctx.out.identities.push(fit<IdentityDoc>('identities', { ...base(spec.id, spec.orgPath, now), idNumber, phone, studentNo: '' }));
}

function addSchool(ctx: Ctx, key: string, name: string, shape: SchoolShape, parentId: string, parentPath: string, urbanRural: UrbanRuralCode): void {
  const { random, now } = ctx;
  const schoolId = `sch-${key}`;
  const schoolPath = childPath(parentPath, schoolId);
  if (!ctx.out.firstSchool.id) ctx.out.firstSchool = { id: schoolId, path: schoolPath };
  ctx.out.orgs.push({
    ...base(schoolId, schoolPath, now),
    kind: 'school',
    name,
    parentId,
    regionCode: '',
    sortKey: name,
    school: {
      schoolType: shape.schoolType,
      nature: 'public',
      stage: shape.stage,
      address: `${DEMO_PROVINCE.name}${DEMO_CITY.name}${DEMO_COUNTY.name}${random.pick(ROADS)}${random.int(1, 199)}号`,
      schoolCode: `3141${random.digits(6)}`,
      urbanRural,
      principal: randomName(random, random.chance(0.5) ? 'M' : 'F'),
    },
    deletedAt: 0,
  });
  let teacherNo = 0;
  for (const grade of shape.grades) {
    for (let n = 1; n <= shape.classesPerGrade; n++) {
      if (full(ctx)) return;
      const className = `${toChineseNumeral(n)}班`;
      const classKey = `${key}-${grade.toLowerCase()}-${n}`;
      const classId = `cls-${classKey}`;
      const classPath = childPath(schoolPath, classId);
      ctx.out.orgs.push({
        ...base(classId, classPath, now),
        kind: 'class',
        name: `${gradeLabel(grade)}${className}`,
        parentId: schoolId,
        regionCode: '',
        sortKey: classSortKey(grade, className),
        classInfo: { grade, className },
        deletedAt: 0,
      });
      const common = { schoolId, classId, grade, className };
      // A head teacher (班主任) and one or two subject teachers per class.
      const teachers = random.int(2, 3);
      for (let t = 0; t < teachers && !full(ctx); t++) {
        teacherNo += 1;
        const id = `p-${key}-t${String(teacherNo).padStart(3, '0')}`;
        addPerson(ctx, { ...common, id, kind: 'teacher', orgPath: schoolPath, isHeadTeacher: t === 0 });
      }
      const students = random.int(...shape.studentsPerClass);
      for (let s = 1; s <= students && !full(ctx); s++) {
        const id = `p-${classKey}-s${String(s).padStart(2, '0')}`;
        addPerson(ctx, { ...common, id, kind: 'student', orgPath: classPath, isHeadTeacher: false });
      }
    }
  }
}

/** Generate a county of about `documents` documents (orgs + people + identities). */
export function generateCounty(options: CountyOptions): CountyDataset {
  const now = options.now ?? Date.UTC(2025, 8, 1);
  const random = createRandom(options.seed ?? 20250901);
  const ctx: Ctx = {
    random,
    ids: createSyntheticIds(random),
    now,
    target: options.documents,
    schoolYear: new Date(now).getUTCMonth() >= 8 ? new Date(now).getUTCFullYear() : new Date(now).getUTCFullYear() - 1,
    out: { orgs: [], people: [], identities: [], countyId: DEMO_COUNTY.code, countyPath: '', firstSchool: { id: '', path: '' } },
    searchKeys: new Map(),
  };
  const provincePath = addRegion(ctx, 'province', DEMO_PROVINCE.code, DEMO_PROVINCE.name, '', ROOT_PATH);
  const cityPath = addRegion(ctx, 'city', DEMO_CITY.code, DEMO_CITY.name, DEMO_PROVINCE.code, provincePath);
  const countyPath = addRegion(ctx, 'county', DEMO_COUNTY.code, DEMO_COUNTY.name, DEMO_CITY.code, cityPath);
  ctx.out.countyPath = countyPath;
  for (let t = 0; !full(ctx); t++) {
    const round = Math.floor(t / TOWNSHIPS.length);
    const townshipName = `${TOWNSHIPS[t % TOWNSHIPS.length]}${round ? round + 1 : ''}`;
    const code = `${DEMO_COUNTY.code}${String(t + 1).padStart(3, '0')}`;
    const townshipPath = addRegion(ctx, 'township', code, townshipName, DEMO_COUNTY.code, countyPath);
    const urbanRural = URBAN_RURAL[t % URBAN_RURAL.length] ?? '210';
    TOWNSHIP_SCHOOLS.forEach((shape, s) => {
      if (!full(ctx)) {
        const name = `${townshipName.replace(/(街道|镇|乡)$/, '')}${shape.suffix}`;
        addSchool(ctx, `${code}-${s + 1}`, name, shape, code, townshipPath, urbanRural);
      }
    });
  }
  return ctx.out;
}

export interface SeededCounty {
  dataset: CountyDataset;
  /** Documents per collection the county administrator reads (accounts included). */
  counts: Partial<Record<CollectionName, number>>;
  documents: number;
  generateMs: number;
  seedMs: number;
}

function writesOf(collection: CollectionName, docs: readonly object[]) {
  return docs.map((doc) => {
    const result = validateDoc(collection, { ...doc, _deleted: false });
    if (!result.ok) throw new Error(`bench ${collection} document invalid: ${result.message}`);
    return toWrite(collection, result.doc as WireDoc);
  });
}

/**
 * Generate the county and write it into `storage` in one transaction,
 * every document validated as a push would be, plus two accounts with
 * BENCH_PASSWORD and no forced password change: COUNTY_ADMIN and
 * SCHOOL_TEACHER (of the first school).
 */
export async function seedCounty(storage: Storage, options: CountyOptions): Promise<SeededCounty> {
  let t = performance.now();
  const dataset = generateCounty(options);
  const generateMs = performance.now() - t;
  t = performance.now();
  const hub = new ChangeHub();
  await commit(storage, hub, async (tx, changes) => {
    const collections: [CollectionName, object[]][] = [
      ['orgs', dataset.orgs],
      ['people', dataset.people],
      ['identities', dataset.identities],
    ];
    for (const [collection, docs] of collections) {
      for (let start = 0; start < docs.length; start += 5000) {
        await tx.putDocs(collection, writesOf(collection, docs.slice(start, start + 5000)));
      }
    }
    const account = { password: BENCH_PASSWORD, mustChangePassword: false, displayName: BENCH_AUTHOR, createdBy: BENCH_AUTHOR };
    await createAccount(tx, changes, { ...account, username: COUNTY_ADMIN, role: 'county_admin', orgId: dataset.countyId, orgPath: dataset.countyPath });
    await createAccount(tx, changes, {
      ...account,
      username: SCHOOL_TEACHER,
      role: 'teacher',
      orgId: dataset.firstSchool.id,
      orgPath: dataset.firstSchool.path,
    });
  });
  await storage.analyze();
  const seedMs = performance.now() - t;
  const counts = { orgs: dataset.orgs.length, people: dataset.people.length, identities: dataset.identities.length, accounts: 2 };
  return { dataset, counts, documents: total(dataset), generateMs, seedMs };
}
