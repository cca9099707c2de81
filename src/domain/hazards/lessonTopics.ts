import type { LessonTopic } from '../lessons/topics';
import type { HazardCategory } from './vocabulary';

/** The lesson topics of src/domain/lessons (content.topic of lessons). */
export type LessonTopicCode = LessonTopic;

/**
 * The lessons a hazard's category calls for, most relevant first, so what
 * an inspection finds is what the children learn about that week.
 */
export const HAZARD_LESSON_TOPICS: Record<HazardCategory, readonly LessonTopicCode[]> = {
  building: ['earthquake', 'crowd_crush'], // collapse, crowded stairs
  fire: ['fire'],
  electricity_gas: ['electricity', 'fire'], // gas leaks end in fire and explosion
  canteen_food: ['food', 'public_health'],
  drinking_water: ['public_health', 'food'],
  lab_chemicals: ['fire', 'accidental_injury'], // burns, spills, poisoning
  sports: ['accidental_injury'],
  dormitory: ['fire', 'electricity', 'crowd_crush'], // night evacuation
  school_bus: ['traffic'],
  gate_perimeter: ['bullying', 'traffic', 'social_safety'], // blind spots, the road at the gate, intruders
  nearby_waters: ['drowning'],
  other: [],
};

