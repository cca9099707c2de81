import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POINTS_RULES, computePoints, parsePointsRuleBody, rankUnits, type PointsRule, type ScoredEvent,
} from '@/domain/points';

/** An instant in Asia/Shanghai time (UTC+8). */
const cst = (y: number, m: number, d: number, h = 9) => Date.UTC(y, m - 1, d, h - 8);

let seq = 0;
const ev = (event: ScoredEvent['event'], at: number, extra: Partial<ScoredEvent> = {}): ScoredEvent => ({
  id: `e${String(seq++).padStart(4, '0')}`,
  actorId: 't1',
  event,
  at,
  ...extra,
});

const only = (rule: PointsRule, events: ScoredEvent[]) => computePoints([rule], events)[0]?.total ?? 0;

describe('points caps', () => {
  it('day cap: two sign-ins on one Shanghai day score once; 23:30 and 00:30 are two days', () => {
    const rule: PointsRule = { event: 'sign_in', points: 1, caps: { day: 1 } };
    expect(only(rule, [ev('sign_in', cst(2026, 3, 2, 8)), ev('sign_in', cst(2026, 3, 2, 20))])).toBe(1);
    // 23:30 on the 2nd and 00:30 on the 3rd Shanghai time are the same UTC day but two local days.
    expect(only(rule, [ev('sign_in', cst(2026, 3, 2, 23) + 30 * 60_000), ev('sign_in', cst(2026, 3, 3, 0) + 30 * 60_000)])).toBe(2);
  });

  it('week cap: at most 2 classroom sessions per Monday–Sunday week', () => {
    const rule: PointsRule = { event: 'classroom_session', points: 5, caps: { week: 2 }, minMinutes: 15 };
    // 2026-03-02 is a Monday; the 8th is the Sunday of the same week, the 9th a new week.
    const week = [2, 4, 6, 8].map((d) => ev('classroom_session', cst(2026, 3, d), { minutes: 40 }));
    expect(only(rule, week)).toBe(10);
    expect(only(rule, [...week, ev('classroom_session', cst(2026, 3, 9), { minutes: 40 })])).toBe(15);
  });

  it('year cap: 20 points once a calendar year', () => {
    const rule: PointsRule = { event: 'inspection', points: 20, caps: { year: 1 } };
    const events = [ev('inspection', cst(2026, 1, 5)), ev('inspection', cst(2026, 11, 5)), ev('inspection', cst(2027, 1, 1, 0))];
    expect(only(rule, events)).toBe(40);
  });

  it('caps combine: day 1 and week 3', () => {
    const rule: PointsRule = { event: 'rectification', points: 2, caps: { day: 1, week: 3 } };
    const events = [2, 2, 3, 4, 5, 6].map((d) => ev('rectification', cst(2026, 3, d)));
    expect(only(rule, events)).toBe(6);
  });

  it('qualifying measures: sessions under 15 minutes and assignments under 10 students or over 30 days score nothing', () => {
    const session = DEFAULT_POINTS_RULES.find((r) => r.event === 'classroom_session');
    const assignment = DEFAULT_POINTS_RULES.find((r) => r.event === 'assignment_completed');
    if (!session || !assignment) throw new Error('default table incomplete');
    expect(only(session, [ev('classroom_session', cst(2026, 3, 2), { minutes: 14 })])).toBe(0);
    expect(only(session, [ev('classroom_session', cst(2026, 3, 2), { minutes: 15 })])).toBe(5);
    expect(only(assignment, [ev('assignment_completed', cst(2026, 3, 2), { count: 9, days: 3 })])).toBe(0);
    expect(only(assignment, [ev('assignment_completed', cst(2026, 3, 2), { count: 12, days: 31 })])).toBe(0);
    expect(only(assignment, [ev('assignment_completed', cst(2026, 3, 2), { count: 10, days: 30 })])).toBe(5);
  });
});

describe('points streaks (seed 003: 1 per day, 2 per day after 7 consecutive days, a gap restarts)', () => {
  const signIn = DEFAULT_POINTS_RULES.find((r) => r.event === 'sign_in');
  if (!signIn) throw new Error('default table lacks sign_in');
  const days = (from: number, count: number) => Array.from({ length: count }, (_, i) => ev('sign_in', cst(2026, 3, from + i)));

  it('days 1–7 score 1, day 8 onward 2', () => {
    expect(only(signIn, days(1, 7))).toBe(7);
    expect(only(signIn, days(1, 10))).toBe(7 + 3 * 2);
  });

  it('a gap of one day restarts the count', () => {
    // 1–8 (7 + 2), gap on the 9th, 10–17 again 7 + 2.
    expect(only(signIn, [...days(1, 8), ...days(10, 8)])).toBe(9 + 9);
  });

  it('several sign-ins a day neither break nor lengthen the streak', () => {
    expect(only(signIn, [...days(1, 8), ...days(1, 8)])).toBe(9);
  });
});

describe('computePoints is deterministic', () => {
  it('gives the same result in any input order and ranks by points then id', () => {
    const events = [
      ev('drill', cst(2026, 3, 2), { actorId: 'b' }),
      ev('inspection', cst(2026, 3, 2), { actorId: 'a' }),
      ev('drill', cst(2026, 3, 3), { actorId: 'c' }),
      ev('sign_in', cst(2026, 3, 3), { actorId: 'a' }),
    ];
    const forward = computePoints(DEFAULT_POINTS_RULES, events);
    expect(computePoints(DEFAULT_POINTS_RULES, [...events].reverse())).toEqual(forward);
    expect(forward.map((p) => [p.actorId, p.total])).toEqual([['b', 10], ['c', 10], ['a', 6]]);
  });

  it('ranks schools by the sum of their teachers, sharing ranks on ties', () => {
    const school: Record<string, string> = { a: 's1', b: 's2', c: 's3', d: 's1' };
    const ranks = rankUnits(
      [{ actorId: 'a', total: 5, byEvent: {} }, { actorId: 'b', total: 10, byEvent: {} }, { actorId: 'c', total: 3, byEvent: {} }, { actorId: 'd', total: 5, byEvent: {} }],
      (id) => school[id] ?? '',
    );
    expect(ranks.map((r) => [r.unitId, r.total, r.rank])).toEqual([['s1', 10, 1], ['s2', 10, 1], ['s3', 3, 3]]);
  });
});

describe('parsePointsRuleBody', () => {
  it('accepts the default table and refuses duplicate events and unknown fields', () => {
    expect(parsePointsRuleBody({ rules: DEFAULT_POINTS_RULES }).ok).toBe(true);
    expect(parsePointsRuleBody({ rules: [DEFAULT_POINTS_RULES[0], DEFAULT_POINTS_RULES[0]] }).ok).toBe(false);
    expect(parsePointsRuleBody({ rules: [{ ...DEFAULT_POINTS_RULES[0], bonus: 1 }] }).ok).toBe(false);
  });
});

describe('eventsFromDocs', () => {
  it('reads sessions, drills, inspections, closed hazards and assignments done by 10 students within 30 days', async () => {
    const { eventsFromDocs } = await import('@/domain/points');
    const t0 = cst(2026, 3, 2);
    const act = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
      id, kind, createdBy: 'acc-t', deletedAt: 0, refId: 'L1', subjectId: '', happenedAt: t0, data: {}, ...extra,
    });
    const completions = Array.from({ length: 10 }, (_, i) => act(`c${i}`, 'completion', { subjectId: `s${i}`, happenedAt: t0 + i * 86_400_000 }));
    const events = eventsFromDocs({
      activities: [act('ls', 'lesson_session', { data: { minutes: 40 } }), act('dr', 'drill'), act('gone', 'drill', { deletedAt: 1 }), ...completions],
      hazards: [{ id: 'h', createdBy: 'acc-x', deletedAt: 0, status: 'closed', steps: [{ status: 'closed', by: 'acc-c', at: t0 }] }],
      inspections: [
        { id: 'i', createdBy: 'acc-t', deletedAt: 0, status: 'completed', completedAt: t0 },
        { id: 'draft', createdBy: 'acc-t', deletedAt: 0, status: 'draft', completedAt: 0 },
      ],
      content: [{ id: 'as', kind: 'assignment', createdBy: 'acc-t', deletedAt: 0, startsAt: t0 - 86_400_000, body: { lessonId: 'L1' } }],
    });
    expect(events.map((e) => [e.id, e.event, e.actorId])).toEqual([
      ['ls', 'classroom_session', 'acc-t'], ['dr', 'drill', 'acc-t'], ['i', 'inspection', 'acc-t'], ['h', 'rectification', 'acc-c'],
      ['as', 'assignment_completed', 'acc-t'],
    ]);
    expect(events.find((e) => e.id === 'as')).toMatchObject({ count: 10, days: 10 });
    const points = computePoints(DEFAULT_POINTS_RULES, events);
    expect(points.find((p) => p.actorId === 'acc-t')?.total).toBe(5 + 10 + 5 + 5);
  });
});
