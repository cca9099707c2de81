import { describe, expect, it } from 'vitest';
import type { AnswerSheet, SkillTest } from '@/domain/lessons/model';
import { isCorrectAnswer, scoreAttempt } from '@/domain/lessons/scoring';
import { sampleBody } from './support/sampleBody';

const test: SkillTest = sampleBody().test; // q1 single 'b', q2 multiple ['a','c'], q3 true_false false
const [single, multiple, trueFalse] = test.questions as [SkillTest['questions'][number], SkillTest['questions'][number], SkillTest['questions'][number]];

describe('isCorrectAnswer', () => {
  it('checks single choice and true/false by value', () => {
    expect(isCorrectAnswer(single, { type: 'single', optionId: 'b' })).toBe(true);
    expect(isCorrectAnswer(single, { type: 'single', optionId: 'a' })).toBe(false);
    expect(isCorrectAnswer(trueFalse, { type: 'true_false', value: false })).toBe(true);
    expect(isCorrectAnswer(trueFalse, { type: 'true_false', value: true })).toBe(false);
  });

  it('requires exactly the correct set for multiple choice, in any order', () => {
    expect(isCorrectAnswer(multiple, { type: 'multiple', optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrectAnswer(multiple, { type: 'multiple', optionIds: ['a', 'c', 'a'] })).toBe(true);
    expect(isCorrectAnswer(multiple, { type: 'multiple', optionIds: ['a'] })).toBe(false);
    expect(isCorrectAnswer(multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] })).toBe(false);
    expect(isCorrectAnswer(multiple, { type: 'multiple', optionIds: ['a', 'a'] })).toBe(false);
  });

  it('treats a missing answer or an answer of another type as wrong', () => {
    expect(isCorrectAnswer(single, undefined)).toBe(false);
    expect(isCorrectAnswer(single, { type: 'multiple', optionIds: ['b'] })).toBe(false);
    expect(isCorrectAnswer(trueFalse, { type: 'single', optionId: 'false' })).toBe(false);
  });
});

describe('scoreAttempt', () => {
  it('scores each question in test order and totals them', () => {
    const answers: AnswerSheet = {
      q3: { type: 'true_false', value: false },
      q1: { type: 'single', optionId: 'a' },
      q2: { type: 'multiple', optionIds: ['a', 'c'] },
    };
    expect(scoreAttempt(test, answers)).toEqual({
      results: [
        { questionId: 'q1', answered: true, correct: false },
        { questionId: 'q2', answered: true, correct: true },
        { questionId: 'q3', answered: true, correct: true },
      ],
      correct: 2,
      total: 3,
      percent: 66,
      passed: true,
    });
  });

  it('counts unanswered questions as wrong and ignores answers to unknown questions', () => {
    const score = scoreAttempt(test, { q1: { type: 'single', optionId: 'b' }, q9: { type: 'true_false', value: true } });
    expect(score.results.map((r) => [r.answered, r.correct])).toEqual([[true, true], [false, false], [false, false]]);
    expect(score).toMatchObject({ correct: 1, total: 3, percent: 33, passed: false });
  });

  it('passes exactly at the threshold, without floating-point drift', () => {
    const questions = Array.from({ length: 10 }, (_, i) => ({ type: 'true_false' as const, id: `q${i}`, prompt: '题', correct: true, explanation: '因为。' }));
    const sheet = (right: number): AnswerSheet =>
      Object.fromEntries(questions.map((q, i) => [q.id, { type: 'true_false' as const, value: i < right }]));
    expect(scoreAttempt({ passPercent: 70, questions }, sheet(7))).toMatchObject({ percent: 70, passed: true });
    expect(scoreAttempt({ passPercent: 70, questions }, sheet(6))).toMatchObject({ percent: 60, passed: false });
    const three = questions.slice(0, 3);
    // 2/3 = 66.67 %: passes 66, fails 67.
    expect(scoreAttempt({ passPercent: 66, questions: three }, sheet(2)).passed).toBe(true);
    expect(scoreAttempt({ passPercent: 67, questions: three }, sheet(2)).passed).toBe(false);
  });

  it('never reads answers from the object prototype', () => {
    const questions = [{ type: 'true_false' as const, id: 'constructor', prompt: '题', correct: true, explanation: '因为。' }];
    expect(scoreAttempt({ passPercent: 100, questions }, {}).results[0]).toEqual({ questionId: 'constructor', answered: false, correct: false });
  });
});
