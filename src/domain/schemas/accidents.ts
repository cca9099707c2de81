import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * The accident register (事故登记, issue 11): one accident or incident at a
 * school, counted by category and place for every level above. No names of
 * people: the entry holds numbers only (src/domain/hazards/accidents).
 */
export interface AccidentDoc extends BaseDoc {
  schoolId: string;
  category: 'drowning' | 'traffic' | 'stampede' | 'poisoning' | 'campus_injury' | 'natural_disaster' | 'other';
  place: 'on_campus' | 'off_campus';
  location: string;
  occurredAt: number;
  casualties: { studentsInjured: number; studentsDead: number; staffInjured: number; staffDead: number };
  description: string;
  measures: string;
  deletedAt: number;
}

const count = { type: 'integer', minimum: 0, maximum: 10_000, multipleOf: 1 } as const;

export const accidentsCollection: CollectionDefinition = {
  name: 'accidents',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'accidents',
    version: 0,
    properties: {
      schoolId: shortText(64),
      category: enumField(['drowning', 'traffic', 'stampede', 'poisoning', 'campus_injury', 'natural_disaster', 'other']),
      place: enumField(['on_campus', 'off_campus']),
      location: shortText(100),
      occurredAt: timestamp,
      casualties: {
        type: 'object',
        properties: { studentsInjured: count, studentsDead: count, staffInjured: count, staffDead: count },
        required: ['studentsInjured', 'studentsDead', 'staffInjured', 'staffDead'],
        additionalProperties: false,
      },
      description: shortText(1000),
      measures: shortText(1000),
      deletedAt: timestamp,
    },
    required: ['schoolId', 'category', 'place', 'location', 'occurredAt', 'casualties', 'description', 'measures', 'deletedAt'],
    indexes: ['schoolId', 'occurredAt'],
  }),
};
