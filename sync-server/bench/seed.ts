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
import { createRandom } from '../../src/domain/demo/random';
import { DEMO_CITY, DEMO_COUNTY, DEMO_PROVINCE } from '../../src/domain/demo/regions';
import { addRegion, addSchool, startRosterBuild, type RosterDocs, type SchoolSpec } from '../../src/domain/demo/rosterBuilder';
import { ROOT_PATH } from '../../src/domain/org/path';
import type { UrbanRuralCode } from '../../src/domain/org/schoolCodes';
import type { GradeCode } from '../../src/domain/roster/grades';
import type { CollectionName } from '../../src/domain/schemas';
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

export interface CountyDataset extends RosterDocs {
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

/** How a township's school differs from the next; the rest of its SchoolSpec comes from the township. */
type SchoolShape = Pick<SchoolSpec, 'schoolType' | 'stage' | 'grades' | 'classesPerGrade'> & {
  suffix: string;
  studentsPerClass: [number, number];
};

const PRIMARY: readonly GradeCode[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
const JUNIOR: readonly GradeCode[] = ['J1', 'J2', 'J3'];

/** The schools of one township: about 2,300 students in 54 classes. */
const TOWNSHIP_SCHOOLS: readonly SchoolShape[] = [
  { suffix: '中心小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 4, studentsPerClass: [40, 50] },
  { suffix: '初级中学', schoolType: 'middle', stage: 'junior', grades: JUNIOR, classesPerGrade: 6, studentsPerClass: [45, 55] },
  { suffix: '第一小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 1, studentsPerClass: [20, 40] },
  { suffix: '第二小学', schoolType: 'primary', stage: 'primary', grades: PRIMARY, classesPerGrade: 1, studentsPerClass: [20, 40] },
];

/** Generate a county of about `documents` documents (orgs + people + identities), built as the demo is (rosterBuilder.ts). */
export function generateCounty(options: CountyOptions): CountyDataset {
  const out: CountyDataset = { orgs: [], people: [], identities: [], countyId: DEMO_COUNTY.code, countyPath: '', firstSchool: { id: '', path: '' } };
  const full = () => out.orgs.length + out.people.length + out.identities.length >= options.documents;
  const build = startRosterBuild(createRandom(options.seed ?? 20250901), options.now ?? Date.UTC(2025, 8, 1), BENCH_AUTHOR, out, full);
  const provincePath = addRegion(build, 'province', DEMO_PROVINCE, '', ROOT_PATH);
  const cityPath = addRegion(build, 'city', DEMO_CITY, DEMO_PROVINCE.code, provincePath);
  out.countyPath = addRegion(build, 'county', DEMO_COUNTY, DEMO_CITY.code, cityPath);
  for (let t = 0; !full(); t++) {
    const round = Math.floor(t / TOWNSHIPS.length);
    const township = { code: `${DEMO_COUNTY.code}${String(t + 1).padStart(3, '0')}`, name: `${TOWNSHIPS[t % TOWNSHIPS.length]}${round ? round + 1 : ''}` };
    const townshipPath = addRegion(build, 'township', township, DEMO_COUNTY.code, out.countyPath);
    const urbanRural = URBAN_RURAL[t % URBAN_RURAL.length] ?? '210';
    TOWNSHIP_SCHOOLS.forEach(({ suffix, studentsPerClass, ...shape }, s) => {
      if (full()) return;
      const school = addSchool(build, {
        ...shape,
        key: `${township.code}-${s + 1}`,
        name: `${township.name.replace(/(街道|镇|乡)$/, '')}${suffix}`,
        parentId: township.code,
        parentPath: townshipPath,
        township: township.name,
        urbanRural,
        // A head teacher (班主任) and one or two subject teachers per class.
        teachersPerClass: [2, 3],
        studentsPerClass: (random) => random.int(...studentsPerClass),
      });
      if (!out.firstSchool.id) out.firstSchool = school;
    });
  }
  return out;
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
  return { dataset, counts, documents: dataset.orgs.length + dataset.people.length + dataset.identities.length, generateMs, seedMs };
}
