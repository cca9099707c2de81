import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * Content published down the tree: lessons, special activities (专项活动),
 * safety reminders to families (安全提醒), hazard checklists, points rules,
 * a teacher's assignment of a lesson to a class, and entry targets set by
 * an administrator for the schools below. Readable by the publisher's whole
 * subtree. The kind-specific body is validated by the domain module of each
 * kind.
 */
export const CONTENT_KINDS = [
  'lesson',
  'special_activity',
  'notice',
  'checklist',
  'points_rule',
  'assignment',
  'entry_target',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface ContentDoc extends BaseDoc {
  kind: ContentKind;
  title: string;
  /** Topic or category, e.g. drowning, fire, traffic. */
  topic: string;
  status: 'draft' | 'published' | 'withdrawn';
  startsAt: number;
  endsAt: number; // 0 = open-ended
  body: Record<string, unknown>;
  deletedAt: number;
}

export const contentCollection: CollectionDefinition = {
  name: 'content',
  replicated: true,
  migrations: {
    // v1: the kinds 'assignment' and 'entry_target' join; older documents are unchanged.
    1: (doc) => doc,
  },
  schema: defineSchema({
    title: 'published content',
    version: 1,
    properties: {
      kind: enumField(CONTENT_KINDS),
      title: shortText(200),
      topic: shortText(40),
      status: enumField(['draft', 'published', 'withdrawn']),
      startsAt: timestamp,
      endsAt: timestamp,
      body: { type: 'object' },
      deletedAt: timestamp,
    },
    required: ['kind', 'title', 'topic', 'status', 'startsAt', 'endsAt', 'body', 'deletedAt'],
    indexes: [['kind', 'startsAt']],
  }),
};
