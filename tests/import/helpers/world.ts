import { ROOT_PATH, childPath, emptySchoolInfo, type OrgDoc, type OrgKind } from '@/domain';

/**
 * A small org tree around the fixtures: 河南省 › 信阳市 › 浉河区 (and 平桥区)
 * › 董家河镇 … › the primary school of the teacher and student files.
 */
export const ACTOR = 'acc-admin';
export const NOW = Date.UTC(2025, 8, 1);

function unit(kind: OrgKind, id: string, name: string, parent: OrgDoc | null, extra: Partial<OrgDoc> = {}): OrgDoc {
  return {
    id,
    orgPath: childPath(parent?.orgPath ?? ROOT_PATH, id),
    createdAt: 0,
    createdBy: 'seed',
    modifiedAt: 0,
    modifiedBy: 'seed',
    kind,
    name,
    parentId: parent?.id ?? '',
    regionCode: kind === 'school' || kind === 'class' ? '' : id,
    sortKey: name,
    deletedAt: 0,
    ...extra,
  };
}

export const province = unit('province', '41', '河南省', null);
export const city = unit('city', '4115', '信阳市', province);
export const shihe = unit('county', '411502', '浉河区', city);
export const pingqiao = unit('county', '411503', '平桥区', city);
export const luoshan = unit('county', '411521', '罗山县', city);
export const guangshan = unit('county', '411522', '光山县', city);
export const townships = ['董家河镇', '谭家河乡', '吴家店镇', '柳林乡', '五星街道'].map((name, i) =>
  unit('township', `41150210${i}`, name, shihe),
);
export const SCHOOL_NAME = '浉河区董家河镇中心小学';
export const school = unit('school', 'sch-djh', SCHOOL_NAME, townships[0] ?? null, {
  school: emptySchoolInfo(),
});

/** The administrator's subtree: the city and everything under it, without classes. */
export const cityOrgs: OrgDoc[] = [city, shihe, pingqiao, luoshan, guangshan, ...townships, school];

/** A class of the school, as the app would have created it. */
export function classUnit(id: string, grade: NonNullable<OrgDoc['classInfo']>['grade'], className: string): OrgDoc {
  return unit('class', id, className, school, { classInfo: { grade, className } });
}

/** Deterministic ids, so plans can be compared and printed. */
export function sequentialIds(tag = ''): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${tag}${++n}`;
}

/** A fixed random source for initial passwords in tests. */
export function fixedRandom(): () => number {
  let seed = 1;
  return () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
}
