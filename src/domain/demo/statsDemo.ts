import { DEFAULT_POINTS_RULES } from '../points/rules';
import type { ContentDoc, OrgDoc } from '../schemas';

/**
 * Statistics content of the demo: the county's entry target in the words
 * of seed 002 (teacher records for 70 % of directly administered schools,
 * 50 % of city schools, 30 % of rural schools by the end of the year) and
 * seed 003's points table, both published by the county.
 */
export function statsDemoContent(orgs: readonly OrgDoc[], now: number): ContentDoc[] {
  const county = orgs.find((o) => o.kind === 'county');
  if (!county) return [];
  const year = new Date(now + 8 * 3600_000).getUTCFullYear();
  const endOfYear = Date.UTC(year + 1, 0, 1) - 8 * 3600_000;
  const base = (id: string) => ({ id, orgPath: county.orgPath, createdAt: now, createdBy: 'demo', modifiedAt: now, modifiedBy: 'demo' });
  return [
    {
      ...base('demo-entry-target'), kind: 'entry_target', title: `${county.name}教师信息录入目标`, topic: '', status: 'published',
      startsAt: now, endsAt: endOfYear, body: { measure: 'teachers', percent: { direct: 70, urban: 50, rural: 30 } }, deletedAt: 0,
    },
    {
      ...base('demo-points-rule'), kind: 'points_rule', title: `${county.name}平台应用积分规则`, topic: '', status: 'published',
      startsAt: now, endsAt: 0, body: { rules: DEFAULT_POINTS_RULES.map((r) => ({ ...r, caps: { ...r.caps } })) }, deletedAt: 0,
    },
  ];
}
