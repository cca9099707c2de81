import { ROOT_PATH } from '../org/path';
import { DEMO_SCHOOLS } from './demoPlan';
import { createRandom } from './random';
import { DEMO_CITY, DEMO_COUNTY, DEMO_PROVINCE, DEMO_TOWNSHIPS } from './regions';
import { addRegion, addSchool, startRosterBuild, type RosterDocs } from './rosterBuilder';

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

export type DemoDataset = RosterDocs;

export const DEMO_AUTHOR = 'demo';

export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  const studentsPerClass = Math.max(0, Math.floor(options.studentsPerClass ?? 20));
  const random = createRandom(options.seed ?? 20240901);
  const build = startRosterBuild(random, options.now ?? Date.now(), DEMO_AUTHOR, { orgs: [], people: [], identities: [] });

  const provincePath = addRegion(build, 'province', DEMO_PROVINCE, '', ROOT_PATH);
  const cityPath = addRegion(build, 'city', DEMO_CITY, DEMO_PROVINCE.code, provincePath);
  const countyPath = addRegion(build, 'county', DEMO_COUNTY, DEMO_CITY.code, cityPath);
  const paths = new Map<string, string>([[DEMO_COUNTY.code, countyPath]]);
  for (const township of DEMO_TOWNSHIPS) paths.set(township.code, addRegion(build, 'township', township, DEMO_COUNTY.code, countyPath));

  for (const plan of DEMO_SCHOOLS) {
    const parentPath = paths.get(plan.parentCode);
    if (!parentPath) throw new Error(`demo school ${plan.key} has no parent ${plan.parentCode}`);
    addSchool(build, {
      ...plan,
      parentId: plan.parentCode,
      parentPath,
      township: DEMO_TOWNSHIPS.find((t) => t.code === plan.parentCode)?.name ?? '',
      // One head teacher (班主任) and one to three subject teachers per class.
      teachersPerClass: [2, 4],
      studentsPerClass: () => studentsPerClass,
    });
  }
  return build.out;
}
