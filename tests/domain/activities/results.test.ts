import { describe, expect, it } from 'vitest';
import { mostMissed, studentResults, type ActivityRecord } from '@/domain/activities';

const attempt = (id: string, subjectId: string, refId: string, missed: string[], total = 4): ActivityRecord => ({
  id,
  kind: 'attempt',
  refId,
  subjectId,
  happenedAt: 1,
  deletedAt: 0,
  data: { answers: {}, correct: total - missed.length, total, passed: missed.length === 0, missed },
});

describe('class results', () => {
  const records: ActivityRecord[] = [
    attempt('a1', 's1', 'L1', ['q2']),
    attempt('a2', 's1', 'L1', []),
    attempt('a3', 's2', 'L1', ['q2', 'q3']),
    { id: 'c1', kind: 'completion', refId: 'L2', subjectId: 's2', happenedAt: 1, deletedAt: 0, data: { via: 'self' } },
    { id: 'x1', kind: 'lesson_session', refId: 'L1', subjectId: 'cls', happenedAt: 1, deletedAt: 0, data: { presentStudentIds: ['s1', 's2'], testRun: false } },
    { ...attempt('gone', 's3', 'L1', ['q1']), deletedAt: 5 },
  ];

  it('counts each student’s distinct lessons, attempts, mean and best score', () => {
    expect(studentResults(['s1', 's2', 's3'], records)).toEqual([
      { studentId: 's1', lessonsCompleted: 1, attempts: 2, meanScore: (0.75 + 1) / 2, best: { L1: 1 } },
      { studentId: 's2', lessonsCompleted: 2, attempts: 1, meanScore: 0.5, best: { L1: 0.5 } },
      { studentId: 's3', lessonsCompleted: 0, attempts: 0, meanScore: null, best: {} },
    ]);
  });

  it('ranks the questions most often missed, out of the lesson’s attempts', () => {
    expect(mostMissed(records)).toEqual([
      { lessonId: 'L1', questionId: 'q2', missed: 2, attempts: 3 },
      { lessonId: 'L1', questionId: 'q3', missed: 1, attempts: 3 },
    ]);
  });
});
