import { canContain, type OrgKind } from '@/domain/org/levels';
import { childPath, ROOT_PATH } from '@/domain/org/path';
import type { ClassInfo, OrgDoc, SchoolInfo } from '@/domain/schemas';
import { GRADE_LABELS } from '@/domain/roster/grades';
import { classSortKey } from '@/domain/roster/className';
import { newId, stampNew, type WriteContext } from './writeContext';

export interface NewOrgUnit {
  kind: OrgKind;
  name: string;
  parent: OrgDoc | null;
  /** GB/T 2260 code for province…township: becomes the unit's id. */
  regionCode?: string;
  school?: SchoolInfo;
  classInfo?: ClassInfo;
}

export type OrgWriteError = 'org.notAllowedHere' | 'org.duplicateName' | 'org.duplicateRegion' | 'org.nameRequired';

export class OrgWriteFailure extends Error {
  constructor(readonly code: OrgWriteError) {
    super(code);
  }
}

function sortKeyOf(unit: NewOrgUnit): string {
  if (unit.classInfo) return classSortKey(unit.classInfo.grade, unit.classInfo.className);
  return unit.regionCode || unit.name;
}

function idOf(unit: NewOrgUnit): string {
  if (unit.regionCode) return unit.regionCode;
  return newId(unit.kind === 'school' ? 'sch' : 'cls');
}

/** A class is named by its grade and class, e.g. 三年级二班. */
export function classDisplayName(info: ClassInfo): string {
  return `${GRADE_LABELS[info.grade]}${info.className}`;
}

/** Create a unit under `parent` (null only for a province at the root). */
export async function createOrgUnit(ctx: WriteContext, unit: NewOrgUnit): Promise<OrgDoc> {
  const name = unit.classInfo ? classDisplayName(unit.classInfo) : unit.name.trim();
  if (!name) throw new OrgWriteFailure('org.nameRequired');
  const allowed = unit.parent ? canContain(unit.parent.kind, unit.kind) : unit.kind === 'province';
  if (!allowed) throw new OrgWriteFailure('org.notAllowedHere');

  const parentId = unit.parent?.id ?? '';
  const siblings = await ctx.db.orgs.find({ selector: { parentId, deletedAt: 0 } }).exec();
  if (siblings.some((s) => s.name === name)) throw new OrgWriteFailure('org.duplicateName');
  const id = idOf(unit);
  if (unit.regionCode && (await ctx.db.orgs.findOne(id).exec())) throw new OrgWriteFailure('org.duplicateRegion');

  const doc: OrgDoc = {
    ...stampNew(ctx, id, childPath(unit.parent?.orgPath ?? ROOT_PATH, id)),
    kind: unit.kind,
    name,
    parentId,
    regionCode: unit.regionCode ?? '',
    sortKey: sortKeyOf(unit),
    deletedAt: 0,
    ...(unit.school ? { school: unit.school } : {}),
    ...(unit.classInfo ? { classInfo: unit.classInfo } : {}),
  };
  await ctx.db.orgs.insert(doc);
  return doc;
}
