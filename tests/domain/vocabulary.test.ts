import { describe, expect, it } from 'vitest';
import { vocabulary } from '@/domain/vocabulary';
import { LESSON_TOPIC_LABELS, LESSON_TOPICS, GUIDELINE_MODULES, isLessonTopic } from '@/domain/lessons/topics';
import { GRADE_CODES, GRADE_LABELS } from '@/domain/roster/grades';

describe('vocabulary', () => {
  const levels = vocabulary([
    ['general', '一般'],
    ['major', '重大'],
  ]);

  it('keeps the codes in the order written, each with its label', () => {
    expect(levels.codes).toEqual(['general', 'major']);
    expect(levels.labels).toEqual({ general: '一般', major: '重大' });
  });

  it('recognises only its own codes', () => {
    expect(levels.has('major')).toBe(true);
    expect(levels.has('minor')).toBe(false);
    expect(levels.has(undefined)).toBe(false);
    expect(levels.has('toString')).toBe(false);
  });

  it('builds the domain tables: topics start with the guideline modules, grades in school order', () => {
    expect(LESSON_TOPICS.slice(0, GUIDELINE_MODULES.length)).toEqual(GUIDELINE_MODULES);
    expect(LESSON_TOPIC_LABELS.fraud).toBe('防诈骗');
    expect(isLessonTopic('drowning')).toBe(true);
    expect(isLessonTopic(3)).toBe(false);
    expect(GRADE_CODES).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3']);
    expect(GRADE_LABELS.J1).toBe('初一');
  });
});
