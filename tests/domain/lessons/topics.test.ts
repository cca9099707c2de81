import { describe, expect, it } from 'vitest';
import { GUIDELINE_MODULES, LESSON_TOPIC_LABELS, LESSON_TOPICS, TOPIC_MODULE, isLessonTopic } from '@/domain/lessons/topics';

describe('lesson topics', () => {
  it('has a distinct zh-CN label for every topic', () => {
    const labels = LESSON_TOPICS.map((topic) => LESSON_TOPIC_LABELS[topic]);
    expect(new Set(labels).size).toBe(LESSON_TOPICS.length);
    expect(labels.every((label) => /\p{Script=Han}/u.test(label))).toBe(true);
  });

  it('maps modules to themselves and every topic to a module', () => {
    for (const module of GUIDELINE_MODULES) expect(TOPIC_MODULE[module]).toBe(module);
    for (const topic of LESSON_TOPICS) expect(GUIDELINE_MODULES).toContain(TOPIC_MODULE[topic]);
    expect(TOPIC_MODULE.earthquake).toBe('natural_disaster');
    expect(TOPIC_MODULE.food).toBe('public_health');
  });

  it('recognises only known codes', () => {
    expect(isLessonTopic('drowning')).toBe(true);
    expect(isLessonTopic('防溺水')).toBe(false);
    expect(isLessonTopic('toString')).toBe(false);
    expect(isLessonTopic(3)).toBe(false);
  });
});
