import { describe, expect, it } from 'vitest';
import { attemptData, parseActivityData, sessionMinutes, toActivityRecord, type DrillData } from '@/domain/activities/records';
import { eventsFromDocs } from '@/domain/points/events';
import { scoreAttempt } from '@/domain/lessons/scoring';
import type { ActivityKind } from '@/domain/schemas/activities';
import { sampleBody } from '../lessons/support/sampleBody';

function firstError(kind: ActivityKind, data: unknown) {
  const result = parseActivityData(kind, data);
  if (result.ok) throw new Error('expected the data to be refused');
  const [error] = result.errors;
  return { path: error?.path, code: error?.code };
}

const drill = (): DrillData => ({
  planName: '春季火灾疏散演练方案',
  drillType: 'fire',
  place: '教学楼及操场',
  commander: '王校长',
  participants: 620,
  evacuationSeconds: 185,
  classHeadcounts: [
    { classId: 'class-1', expected: 45, present: 45 },
    { classId: 'class-2', expected: 44, present: 43 },
  ],
  problems: '二楼东侧楼梯拥堵。',
  improvements: '',
  photos: [{ hash: 'ab'.repeat(32), mime: 'image/jpeg', bytes: 300_000, width: 1600, height: 1200 }],
});

describe('classroom session minutes', () => {
  const MINUTE = 60_000;

  it('rounds the time from opening classroom mode to saving, capped at a school day', () => {
    expect(sessionMinutes(0, 14 * MINUTE + 31_000)).toBe(15);
    expect(sessionMinutes(0, 14 * MINUTE + 29_000)).toBe(14);
    expect(sessionMinutes(5 * MINUTE, 0)).toBe(0);
    expect(sessionMinutes(0, 30 * 60 * MINUTE)).toBe(600);
  });

  it('are accepted as whole minutes within a day and reach the points rule', () => {
    expect(firstError('lesson_session', { presentStudentIds: [], testRun: false, minutes: 12.5 })).toMatchObject({ path: 'minutes' });
    expect(firstError('lesson_session', { presentStudentIds: [], testRun: false, minutes: 601 })).toMatchObject({ path: 'minutes' });
    const data = { presentStudentIds: ['s1'], testRun: true, minutes: sessionMinutes(0, 20 * MINUTE) };
    const parsed = parseActivityData('lesson_session', data);
    expect(parsed.ok).toBe(true);
    const session = { id: 'a1', createdBy: 't1', deletedAt: 0, kind: 'lesson_session', refId: 'l1', subjectId: 'c1', happenedAt: 1, data };
    expect(eventsFromDocs({ activities: [session] })).toEqual([
      { id: 'a1', actorId: 't1', event: 'classroom_session', at: 1, minutes: 20 },
    ]);
  });
});

describe('parseActivityData', () => {
  it('accepts well-formed data of each kind', () => {
    const answers = { q1: { type: 'single' as const, optionId: 'b' } };
    const cases: [ActivityKind, unknown][] = [
      ['lesson_session', { presentStudentIds: ['s1', 's2'], testRun: true }],
      ['lesson_session', { presentStudentIds: ['s1'], testRun: false, minutes: 40 }],
      ['completion', { via: 'self' }],
      ['attempt', attemptData(answers, scoreAttempt(sampleBody().test, answers))],
      ['acknowledgement', { via: 'paper_slip', guardian: '张明妈妈' }],
      ['acknowledgement', { via: 'student_account' }],
      ['drill', drill()],
    ];
    for (const [kind, data] of cases) expect(parseActivityData(kind, data), kind).toEqual({ ok: true, data });
  });

  it('builds attempt data that records the missed questions and the lesson edition it was taken on', () => {
    const answers = { q1: { type: 'single' as const, optionId: 'b' } };
    const data = attemptData(answers, scoreAttempt(sampleBody().test, answers), 2);
    expect(data).toEqual({ answers, correct: 1, total: 3, passed: false, missed: ['q2', 'q3'], edition: 2 });
    expect(parseActivityData('attempt', data).ok).toBe(true);
    expect(attemptData(answers, scoreAttempt(sampleBody().test, answers)).edition).toBe(1);
  });

  it('checks data against its own kind only', () => {
    expect(firstError('completion', { presentStudentIds: [], testRun: false })).toEqual({ path: 'via', code: 'required' });
    expect(firstError('completion', { via: 'robot' })).toEqual({ path: 'via', code: 'not_allowed' });
  });

  it('refuses duplicate presence and inconsistent scores', () => {
    expect(firstError('lesson_session', { presentStudentIds: ['s1', 's1'], testRun: false })).toEqual({
      path: 'presentStudentIds',
      code: 'duplicate_student',
    });
    expect(firstError('attempt', { answers: {}, correct: 2, total: 3, passed: true, missed: [] })).toEqual({
      path: '',
      code: 'score_inconsistent',
    });
    expect(firstError('attempt', { answers: { __proto__x: { type: 'true_false', value: true } }, correct: 0, total: 1, passed: false, missed: ['q1'] })).toEqual({
      path: 'answers.__proto__x',
      code: 'bad_format',
    });
  });

  it('bounds the number of answers', () => {
    const answers = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`q${i}`, { type: 'true_false', value: true }]));
    expect(firstError('attempt', { answers, correct: 30, total: 30, passed: true, missed: [] })).toEqual({
      path: 'answers',
      code: 'too_many_answers',
    });
  });

  it('checks drill headcounts, notes and photos', () => {
    const counts = (classHeadcounts: DrillData['classHeadcounts']) => ({ ...drill(), classHeadcounts });
    expect(firstError('drill', counts([{ classId: 'c', expected: 40, present: 41 }]))).toEqual({
      path: 'classHeadcounts.0.present',
      code: 'present_exceeds_expected',
    });
    expect(firstError('drill', counts([{ classId: 'c', expected: 40, present: 40 }, { classId: 'c', expected: 1, present: 1 }]))).toEqual({
      path: 'classHeadcounts',
      code: 'duplicate_class',
    });
    expect(firstError('drill', { ...drill(), commander: ' ' })).toEqual({ path: 'commander', code: 'blank' });
    expect(firstError('drill', { ...drill(), drillType: 'tornado' })).toEqual({ path: 'drillType', code: 'not_allowed' });
    const photo = drill().photos[0]!;
    expect(firstError('drill', { ...drill(), photos: Array.from({ length: 10 }, () => photo) })).toEqual({ path: 'photos', code: 'too_long' });
    const { evacuationSeconds: _omitted, ...withoutTime } = drill();
    expect(parseActivityData('drill', withoutTime).ok).toBe(true);
  });
});

describe('toActivityRecord', () => {
  const base = { id: 'r1', refId: 'lesson-1', subjectId: 's1', happenedAt: 5, deletedAt: 0 };

  it('types a valid document and drops one whose data is invalid', () => {
    expect(toActivityRecord({ ...base, kind: 'completion', data: { via: 'self' } })).toEqual({ ...base, kind: 'completion', data: { via: 'self' } });
    expect(toActivityRecord({ ...base, kind: 'completion', data: { via: 'self', extra: 1 } })).toBeNull();
  });
});
