import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * Things that happened at a school: a class lesson session, a student's
 * completion or test attempt, a family acknowledgement (家长回执) and an
 * emergency drill (应急演练), and the sign-in PIN a teacher set for a student
 * on the classroom computer (v1). `refId` points at the content it answers.
 */
export const ACTIVITY_KINDS = ['lesson_session', 'completion', 'attempt', 'acknowledgement', 'drill', 'student_pin'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityDoc extends BaseDoc {
  kind: ActivityKind;
  refId: string;
  /** Student, class or school the record is about. */
  subjectId: string;
  happenedAt: number;
  data: Record<string, unknown>;
  deletedAt: number;
}

export const activitiesCollection: CollectionDefinition = {
  name: 'activities',
  replicated: true,
  migrations: {
    // v1: the kind 'student_pin' joins; older records are unchanged.
    1: (doc) => doc,
  },
  schema: defineSchema({
    title: 'activity records',
    version: 1,
    properties: {
      kind: enumField(ACTIVITY_KINDS),
      refId: shortText(64),
      subjectId: shortText(64),
      happenedAt: timestamp,
      data: { type: 'object' },
      deletedAt: timestamp,
    },
    required: ['kind', 'refId', 'subjectId', 'happenedAt', 'data', 'deletedAt'],
    indexes: [['kind', 'refId'], 'subjectId'],
  }),
};
