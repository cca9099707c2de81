import type { SubtreeDocs } from '@/domain/stats';
import type { StatsAccount, StatsActivity, StatsContent, StatsHazard, StatsOrg, StatsPerson } from '@/domain/stats';
import type { ReviewStatus } from '@/domain/roster/review';

/** 2026-03-15 10:00 Asia/Shanghai: February is the last complete month. */
export const NOW = Date.parse('2026-03-15T10:00:00+08:00');
const DAY = 86_400_000;

export const drillData = {
  planName: '消防疏散演练', drillType: 'fire', place: '操场', commander: '王校长', participants: 100,
  classHeadcounts: [], problems: '', improvements: '', photos: [],
};

export function org(id: string, kind: StatsOrg['kind'], parent: { id: string; orgPath: string } | null, extra: Partial<StatsOrg> = {}): StatsOrg {
  return { id, kind, parentId: parent?.id ?? '', orgPath: `${parent?.orgPath ?? '/'}${id}/`, name: id, deletedAt: 0, ...extra };
}

export function person(id: string, kind: 'teacher' | 'student', at: StatsOrg, status: ReviewStatus, extra: Partial<StatsPerson> = {}) {
  const doc: StatsPerson & { orgPath: string } = {
    id, kind, classId: kind === 'student' ? at.id : '', isHeadTeacher: false,
    review: { status, reason: '', by: '', at: 0 }, createdAt: NOW - 100 * DAY, deletedAt: 0, orgPath: at.orgPath, ...extra,
  };
  return doc;
}

export function account(role: StatsAccount['role'], at: StatsOrg, personId = '', status: StatsAccount['status'] = 'active') {
  return { role, orgId: at.id, personId, status, orgPath: at.orgPath };
}

/**
 * A county with a township of two schools (one with two classes) and a
 * county-run school; figures are worked out by hand in stats.test.ts.
 */
export function countyFixture(): SubtreeDocs & { content: StatsContent[]; activities: (StatsActivity & { orgPath: string })[]; hazards: (StatsHazard & { orgPath: string })[] } {
  const county = org('c', 'county', null);
  const town = org('t', 'township', county);
  const s1 = org('s1', 'school', town);
  const s2 = org('s2', 'school', town);
  const s3 = org('s3', 'school', county);
  const c1 = org('c1', 'class', s1, { classInfo: { grade: 'P1', className: '一班' } });
  const c2 = org('c2', 'class', s1, { classInfo: { grade: 'P5', className: '一班' } });
  const people = [
    person('t1', 'teacher', s1, 'approved', { isHeadTeacher: true, classId: 'c1' }),
    person('t2', 'teacher', s1, 'pending'),
    person('t3', 'teacher', s2, 'returned'),
    person('a', 'student', c1, 'approved'),
    person('b', 'student', c1, 'approved'),
    person('c', 'student', c1, 'draft'),
    person('d', 'student', c2, 'pending'),
    person('gone', 'student', c2, 'approved', { deletedAt: NOW - DAY }),
  ];
  const accounts = [
    account('school_admin', s1),
    account('safety_leader', s2, '', 'pending'),
    account('teacher', s1, 't1'),
    account('teacher', s2, 't3', 'disabled'),
    account('student', c1, 'a'),
    account('student', c1, 'b'),
  ];
  const content: StatsContent[] = [
    // A running special activity for lower primary only, published by the county: one lesson step.
    {
      id: 'sa', kind: 'special_activity', orgPath: county.orgPath, status: 'published', startsAt: NOW - 10 * DAY, endsAt: NOW + 10 * DAY, deletedAt: 0,
      body: { description: '防溺水', bands: ['lower_primary'], steps: [{ kind: 'lesson', lessonId: 'L1' }] },
    },
    // A notice to the township's families.
    { id: 'n', kind: 'notice', orgPath: town.orgPath, status: 'published', startsAt: NOW - 5 * DAY, endsAt: 0, deletedAt: 0, body: {} },
    // Ended: no longer counted.
    {
      id: 'old', kind: 'special_activity', orgPath: county.orgPath, status: 'published', startsAt: NOW - 100 * DAY, endsAt: NOW - 50 * DAY, deletedAt: 0,
      body: { description: '旧', bands: [], steps: [{ kind: 'lesson', lessonId: 'L0' }] },
    },
  ];
  const act = (id: string, kind: StatsActivity['kind'], refId: string, subjectId: string, at: StatsOrg, happenedAt: number, data: Record<string, unknown>) => ({
    id, kind, refId, subjectId, happenedAt, data, deletedAt: 0, orgPath: at.orgPath,
  });
  const activities = [
    act('x1', 'completion', 'L1', 'a', c1, NOW - DAY, { via: 'self' }),
    act('x2', 'acknowledgement', 'n', 'a', c1, NOW - DAY, { via: 'student_account' }),
    act('x3', 'acknowledgement', 'n', 'd', c2, NOW - DAY, { via: 'paper_slip' }),
    // s1 drilled in February and in March; s2 only in March; s3 never.
    act('d1', 'drill', '', 's1', s1, Date.parse('2026-02-10T10:00:00+08:00'), drillData),
    act('d2', 'drill', '', 's1', s1, NOW - DAY, drillData),
    act('d3', 'drill', '', 's2', s2, NOW - 2 * DAY, drillData),
  ];
  const hazard = (status: StatsHazard['status'], deadline: number, at: StatsOrg, closedAt = 0) => ({
    status, deadline, level: 'general' as const, category: 'fire' as const, supervised: false, closedAt,
    foundAt: NOW - 20 * DAY, orgPath: at.orgPath,
  });
  const hazards = [hazard('registered', NOW - DAY, s1), hazard('rectifying', NOW + DAY, s1), hazard('closed', NOW - 5 * DAY, s2, NOW - 6 * DAY)];
  return { orgs: [county, town, s1, s2, s3, c1, c2], people, accounts, content, activities, hazards };
}
