import { isInt, oneOf, strictObject, type PlainResult } from './plainCheck';
import type { OrgKind } from '../org/levels';
import type { SchoolInfo } from '../schemas/orgs';

/**
 * Entry targets (录入目标, seed 002): "by the end of 2009, teacher records
 * entered for 70 % of directly administered schools, 50 % of city schools,
 * 30 % of rural and other schools". An administrator publishes one as
 * content of kind 'entry_target' placed at their own unit, for their
 * subtree; its deadline is the document's `endsAt`.
 *
 * School category (学校类别) comes from the school's stored fields:
 * - direct (直属): the school hangs directly under a province, city or
 *   county (市直属, 县直属 …) rather than under a township;
 * - urban (城市): otherwise, urban/rural code 111 主城区 or 112 城乡结合区;
 * - rural (农村及其他): everything else, including a code not yet known.
 */
export const SCHOOL_CATEGORIES = ['direct', 'urban', 'rural'] as const;
export type SchoolCategory = (typeof SCHOOL_CATEGORIES)[number];

export const ENTRY_MEASURES = ['teachers', 'students'] as const;
export type EntryMeasure = (typeof ENTRY_MEASURES)[number];

export interface EntryTargetBody {
  /** Which records a school must have entered. */
  measure: EntryMeasure;
  /** Percent of the category's schools that must have entered them, 0–100. */
  percent: Record<SchoolCategory, number>;
}

const URBAN_CODES: readonly string[] = ['111', '112'];

export function schoolCategory(school: { school?: Pick<SchoolInfo, 'urbanRural'> }, parentKind: OrgKind | undefined): SchoolCategory {
  if (parentKind === 'province' || parentKind === 'city' || parentKind === 'county') return 'direct';
  return URBAN_CODES.includes(school.school?.urbanRural ?? '') ? 'urban' : 'rural';
}

const isBody = strictObject({
  measure: oneOf(ENTRY_MEASURES),
  percent: strictObject({ direct: isInt(0, 100), urban: isInt(0, 100), rural: isInt(0, 100) }),
});

export function parseEntryTargetBody(body: unknown): PlainResult<EntryTargetBody> {
  return isBody(body) ? { ok: true, body: body as EntryTargetBody } : { ok: false };
}

/** One school as the target sees it: its category and how many records of the measure it has entered. */
export interface TargetSchool {
  id: string;
  category: SchoolCategory;
  entered: number;
}

export interface CategoryProgress {
  category: SchoolCategory;
  schools: number;
  /** Schools that have entered at least one record of the measure. */
  entered: number;
  /** Schools needed to reach the target: ceil(percent × schools). */
  needed: number;
  targetPercent: number;
  met: boolean;
  /** Schools without records, in input order: whom to call. */
  behind: string[];
}

/**
 * Progress of each category against the target. A category without
 * schools has nothing to reach and counts as met.
 */
export function entryProgress(body: EntryTargetBody, schools: readonly TargetSchool[]): CategoryProgress[] {
  return SCHOOL_CATEGORIES.map((category) => {
    const inCategory = schools.filter((s) => s.category === category);
    const entered = inCategory.filter((s) => s.entered > 0).length;
    const needed = Math.ceil((body.percent[category] * inCategory.length) / 100);
    return {
      category,
      schools: inCategory.length,
      entered,
      needed,
      targetPercent: body.percent[category],
      met: entered >= needed,
      behind: inCategory.filter((s) => s.entered === 0).map((s) => s.id),
    };
  });
}

type TargetOrg = { id: string; kind: OrgKind; parentId: string; orgPath: string; deletedAt: number; school?: Pick<SchoolInfo, 'urbanRural'> };

/**
 * The live schools inside `scopePath` with their category and how many
 * records of the measure each has (`entered` reads them from the figures).
 */
export function targetSchoolsOf(orgs: readonly TargetOrg[], scopePath: string, entered: (schoolId: string) => number): TargetSchool[] {
  const kindOf = new Map(orgs.map((o) => [o.id, o.kind]));
  return orgs
    .filter((o) => o.kind === 'school' && o.deletedAt === 0 && o.orgPath.startsWith(scopePath))
    .map((school) => ({ id: school.id, category: schoolCategory(school, kindOf.get(school.parentId)), entered: entered(school.id) }));
}
