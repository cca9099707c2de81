import type { Answer, AnswerSheet, Question, SkillTest } from './model';

export interface QuestionResult {
  questionId: string;
  answered: boolean;
  correct: boolean;
}

export interface AttemptScore {
  /** One per question, in the test's order. */
  results: QuestionResult[];
  correct: number;
  total: number;
  /** Whole percent, rounded down, so `passed` ⇔ `percent >= passPercent`. */
  percent: number;
  passed: boolean;
}

/**
 * Whether `answer` answers `question` correctly. A multiple-choice answer
 * must select exactly the correct options (no partial credit; selecting
 * one twice changes nothing); an answer of another type is wrong.
 */
export function isCorrectAnswer(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && answer.optionId === question.correct;
    case 'multiple': {
      if (answer.type !== 'multiple') return false;
      const chosen = new Set(answer.optionIds);
      return chosen.size === question.correct.length && question.correct.every((id) => chosen.has(id));
    }
    case 'true_false':
      return answer.type === 'true_false' && answer.value === question.correct;
  }
}

/**
 * Score a student's answers against a test. Deterministic: the same test
 * and answers always give the same score; answers to questions the test
 * does not have are ignored, unanswered questions count as wrong.
 */
export function scoreAttempt(test: SkillTest, answers: AnswerSheet): AttemptScore {
  const results = test.questions.map((question): QuestionResult => {
    // Own properties only: a question id must never reach Object.prototype.
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    return { questionId: question.id, answered: answer !== undefined, correct: isCorrectAnswer(question, answer) };
  });
  const total = results.length;
  const correct = results.filter((result) => result.correct).length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { results, correct, total, percent, passed: total > 0 && correct * 100 >= test.passPercent * total };
}
