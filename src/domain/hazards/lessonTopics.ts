import type { HazardCategory } from './vocabulary';

/**
 * Lesson topic codes. MUST equal `LessonTopic` from src/domain/lessons once
 * that module is merged (defined in parallel on the `lessons` branch);
 * replace this type with an import of it then.
 */
export type LessonTopicCode =
  | 'social_safety'
  | 'public_health'
  | 'accidental_injury'
  | 'cyber_safety'
  | 'natural_disaster'
  | 'drowning'
  | 'traffic'
  | 'fire'
  | 'food'
  | 'earthquake'
  | 'stampede'
  | 'bullying'
  | 'sexual_abuse'
  | 'electricity'
  | 'fraud';

/**
 * The lessons a hazard's category calls for, most relevant first, so what
 * an inspection finds is what the children learn about that week.
 */
export const HAZARD_LESSON_TOPICS: Record<HazardCategory, readonly LessonTopicCode[]> = {
  building: ['earthquake', 'stampede'], // collapse, crowded stairs
  fire: ['fire'],
  electricity_gas: ['electricity', 'fire'], // gas leaks end in fire and explosion
  canteen_food: ['food', 'public_health'],
  drinking_water: ['public_health', 'food'],
  lab_chemicals: ['fire', 'accidental_injury'], // burns, spills, poisoning
  sports: ['accidental_injury'],
  dormitory: ['fire', 'electricity', 'stampede'], // night evacuation
  school_bus: ['traffic'],
  gate_perimeter: ['bullying', 'traffic', 'social_safety'], // blind spots, the road at the gate, intruders
  nearby_waters: ['drowning'],
  other: [],
};

