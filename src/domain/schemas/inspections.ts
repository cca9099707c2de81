import { defineSchema, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/** An on-site inspection of a school against a checklist (排查). */
export interface InspectionDoc extends BaseDoc {
  checklistId: string;
  schoolId: string;
  inspectedAt: number;
  inspector: string;
  /** One entry per checklist item: result and note. */
  items: { itemId: string; result: 'ok' | 'hazard' | 'na'; note: string }[];
  deletedAt: number;
}

export const inspectionsCollection: CollectionDefinition = {
  name: 'inspections',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'inspections',
    version: 0,
    properties: {
      checklistId: shortText(64),
      schoolId: shortText(64),
      inspectedAt: timestamp,
      inspector: shortText(50),
      items: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          properties: {
            itemId: shortText(64),
            result: { type: 'string', enum: ['ok', 'hazard', 'na'] },
            note: shortText(500),
          },
          required: ['itemId', 'result', 'note'],
          additionalProperties: false,
        },
      },
      deletedAt: timestamp,
    },
    required: ['checklistId', 'schoolId', 'inspectedAt', 'inspector', 'items', 'deletedAt'],
    indexes: ['schoolId'],
  }),
};
