import { monthKeyOf, monthRange } from '../activities/shanghaiTime';
import { DEFAULT_POINTS_RULES } from '../points/rules';
import type { ActivityDoc, ContentDoc, OrgDoc } from '../schemas';

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

const DAY = 24 * 60 * 60 * 1000;

/**
 * A little activity for the statistics and points of the demo: every
 * school held a drill early last month (so the monthly rule shows met and
 * missing months). The demo's inspections and hazards come from demoHazards.
 * `accounts` names the demo accounts of a school.
 */
export function statsDemoRecords(
  orgs: readonly OrgDoc[],
  now: number,
  accounts: { school: string; teacher: string; schoolId: string },
): { activities: ActivityDoc[] } {
  const base = (id: string, orgPath: string, by: string) => ({ id, orgPath, createdAt: now, createdBy: by, modifiedAt: now, modifiedBy: by });
  const schools = orgs.filter((o) => o.kind === 'school');
  // The third day of last month, Asia/Shanghai.
  const lastMonth = monthRange(monthKeyOf(monthRange(monthKeyOf(now)).start - 1)).start + 2 * DAY;
  const activities: ActivityDoc[] = schools.map((school, i) => ({
    ...base(`demo-drill-${school.id}`, school.orgPath, school.id === accounts.schoolId ? accounts.school : 'demo'),
    kind: 'drill', refId: '', subjectId: school.id, happenedAt: lastMonth + i * 3600_000, deletedAt: 0,
    data: {
      planName: '消防疏散演练', drillType: 'fire', place: '操场', commander: '校长', participants: 300,
      classHeadcounts: [], problems: '', improvements: '', photos: [],
    },
  }));
  return { activities };
}
