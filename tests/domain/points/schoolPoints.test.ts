import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POINTS_RULES, daysToRuns, dayNumber, rankSchoolsAndTeachers, rulesAt, runsToDays, schoolPoints, signInEvents,
  type SchoolPointsInput,
} from '@/domain/points';

const SCHOOL = '/41/4115/411502/sch-a/';
const staff = [
  { id: 't1', role: 'teacher', displayName: '王老师', orgPath: SCHOOL },
  { id: 'a1', role: 'school_admin', displayName: '李校长', orgPath: SCHOOL },
  { id: 's1', role: 'student', displayName: '学生', orgPath: `${SCHOOL}cls-1/` },
];
const input = (over: Partial<SchoolPointsInput> = {}): SchoolPointsInput => ({
  schoolPath: SCHOOL, accounts: staff, content: [], activities: [], hazards: [], inspections: [], signIns: {}, ...over,
});

describe('sign-in days as runs', () => {
  it('packs consecutive days into [first, length] pairs and back, whatever the order and repeats', () => {
    expect(daysToRuns([5, 3, 4, 4, 9, 10, 20])).toEqual([3, 3, 9, 2, 20, 1]);
    expect(runsToDays([3, 3, 9, 2, 20, 1])).toEqual([3, 4, 5, 9, 10, 20]);
    expect(daysToRuns([])).toEqual([]);
  });

  it('places each day’s event inside that Shanghai day', () => {
    const day = dayNumber(Date.parse('2026-03-02T23:59:00+08:00'));
    expect(signInEvents('t1', [day]).map((e) => dayNumber(e.at))).toEqual([day]);
  });
});

describe('a school’s staff points', () => {
  it('scores staff sign-ins with the streak rule and leaves students and outsiders out', () => {
    const nine = daysToRuns([...Array(9).keys()].map((d) => 20_000 + d));
    const points = schoolPoints(input({ signIns: { t1: nine, a1: [20_000, 1], s1: nine, outsider: nine } }));
    expect(points).toEqual([
      { accountId: 't1', name: '王老师', role: 'teacher', total: 11 },
      { accountId: 'a1', name: '李校长', role: 'school_admin', total: 1 },
    ]);
  });

  it('uses the nearest rule table above the school, seed 003’s without one', () => {
    const table = (orgPath: string, points: number) => ({
      id: orgPath, kind: 'points_rule', status: 'published', deletedAt: 0, orgPath, modifiedAt: 1, createdBy: 'x', startsAt: 0,
      body: { rules: [{ event: 'sign_in', points, caps: { day: 1 } }] },
    });
    expect(rulesAt([], SCHOOL)).toBe(DEFAULT_POINTS_RULES);
    const rules = rulesAt([table('/41/', 3), table('/41/4115/411502/', 4), table('/42/', 9)], SCHOOL);
    expect(rules[0]?.points).toBe(4);
  });

  it('ranks teachers across schools and schools by their staff’s totals', () => {
    const ranked = rankSchoolsAndTeachers([
      { schoolId: 'sch-a', staff: [{ accountId: 't1', name: '王', role: 'teacher', total: 5 }, { accountId: 'a1', name: '李', role: 'school_admin', total: 7 }] },
      { schoolId: 'sch-b', staff: [{ accountId: 't2', name: '张', role: 'teacher', total: 9 }] },
    ]);
    expect(ranked.teachers.map((t) => [t.rank, t.accountId, t.total])).toEqual([[1, 't2', 9], [2, 't1', 5]]);
    expect(ranked.schools.map((s) => [s.rank, s.unitId, s.total])).toEqual([[1, 'sch-a', 12], [2, 'sch-b', 9]]);
  });
});
