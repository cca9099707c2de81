import { describe, expect, it } from 'vitest';
import { HAZARD_CATEGORIES, HAZARD_LESSON_TOPICS } from '@/domain/hazards';
import { LESSON_TOPICS } from '@/domain/lessons';

describe('HAZARD_LESSON_TOPICS', () => {
  it('maps every category, without repeats', () => {
    expect(Object.keys(HAZARD_LESSON_TOPICS).sort()).toEqual([...HAZARD_CATEGORIES].sort());
    for (const topics of Object.values(HAZARD_LESSON_TOPICS)) expect(new Set(topics).size).toBe(topics.length);
    // Every code is a lesson topic, so suggested lessons are found by content.topic.
    for (const topic of Object.values(HAZARD_LESSON_TOPICS).flat()) expect(LESSON_TOPICS).toContain(topic);
  });

  it('leads with the topic the issue names for each category', () => {
    expect(HAZARD_LESSON_TOPICS.nearby_waters[0]).toBe('drowning');
    expect(HAZARD_LESSON_TOPICS.electricity_gas[0]).toBe('electricity');
    expect(HAZARD_LESSON_TOPICS.fire[0]).toBe('fire');
    expect(HAZARD_LESSON_TOPICS.canteen_food[0]).toBe('food');
    expect(HAZARD_LESSON_TOPICS.school_bus).toEqual(['traffic']);
    expect(HAZARD_LESSON_TOPICS.gate_perimeter.slice(0, 2)).toEqual(['bullying', 'traffic']);
    expect(HAZARD_LESSON_TOPICS.building).toEqual(['earthquake', 'crowd_crush']);
  });
});
