import type { ActivityRecord } from './records';

/**
 * A class's results for the teacher's own report: per student, what they
 * have done; per lesson, the questions most often missed. Only records that
 * are not deleted count. Never meant for publication (see completion.ts).
 */
export interface StudentResult {
  studentId: string;
  /** Distinct lessons completed: on their own, or present at a class session. */
  lessonsCompleted: number;
  attempts: number;
  /** Mean share of questions right over all attempts, or null without attempts. */
  meanScore: number | null;
  /** Best score per lesson (correct / total). */
  best: Record<string, number>;
}

export function studentResults(studentIds: readonly string[], records: readonly ActivityRecord[]): StudentResult[] {
  const lessons = new Map(studentIds.map((id) => [id, new Set<string>()]));
  const results = new Map(studentIds.map((id): [string, StudentResult] => [id, { studentId: id, lessonsCompleted: 0, attempts: 0, meanScore: null, best: {} }]));
  const scores = new Map(studentIds.map((id) => [id, [] as number[]]));
  for (const record of records) {
    if (record.deletedAt !== 0) continue;
    if (record.kind === 'completion') lessons.get(record.subjectId)?.add(record.refId);
    if (record.kind === 'lesson_session') for (const id of record.data.presentStudentIds) lessons.get(id)?.add(record.refId);
    const result = results.get(record.subjectId);
    if (record.kind !== 'attempt' || !result) continue;
    const score = record.data.correct / record.data.total;
    result.attempts += 1;
    scores.get(record.subjectId)?.push(score);
    result.best[record.refId] = Math.max(result.best[record.refId] ?? 0, score);
  }
  return studentIds.map((id) => {
    const result = results.get(id) as StudentResult;
    const list = scores.get(id) ?? [];
    return {
      ...result,
      lessonsCompleted: lessons.get(id)?.size ?? 0,
      meanScore: list.length ? list.reduce((a, b) => a + b, 0) / list.length : null,
    };
  });
}

export interface MissedQuestion {
  lessonId: string;
  questionId: string;
  missed: number;
  /** Attempts at the lesson, so "missed" reads as a share. */
  attempts: number;
}

/** Questions by how often they were missed, most first (ties by lesson, then question id). */
export function mostMissed(records: readonly ActivityRecord[], limit = 10): MissedQuestion[] {
  const attempts = new Map<string, number>();
  const missed = new Map<string, MissedQuestion>();
  for (const record of records) {
    if (record.kind !== 'attempt' || record.deletedAt !== 0) continue;
    attempts.set(record.refId, (attempts.get(record.refId) ?? 0) + 1);
    for (const questionId of record.data.missed) {
      const key = `${record.refId}\n${questionId}`;
      const entry = missed.get(key) ?? { lessonId: record.refId, questionId, missed: 0, attempts: 0 };
      entry.missed += 1;
      missed.set(key, entry);
    }
  }
  return [...missed.values()]
    .map((entry) => ({ ...entry, attempts: attempts.get(entry.lessonId) ?? 0 }))
    .sort((a, b) => b.missed - a.missed || a.lessonId.localeCompare(b.lessonId) || a.questionId.localeCompare(b.questionId))
    .slice(0, limit);
}
