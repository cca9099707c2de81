import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * A hazard (隐患) and its rectification (整改): 登记 registered → 整改
 * rectifying → 复查验收 awaiting check → 销号 closed. Closed only when
 * fixed and checked by someone other than the rectifier.
 */
export const HAZARD_STATUSES = ['registered', 'rectifying', 'checking', 'closed'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export interface HazardDoc extends BaseDoc {
  schoolId: string;
  inspectionId: string;
  category: string;
  level: 'general' | 'major'; // 一般 / 重大
  description: string;
  responsible: string;
  deadline: number;
  status: HazardStatus;
  steps: { status: HazardStatus; by: string; at: number; note: string }[];
  deletedAt: number;
}

export const hazardsCollection: CollectionDefinition = {
  name: 'hazards',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'hazards',
    version: 0,
    properties: {
      schoolId: shortText(64),
      inspectionId: shortText(64),
      category: shortText(40),
      level: enumField(['general', 'major']),
      description: shortText(1000),
      responsible: shortText(50),
      deadline: timestamp,
      status: enumField(HAZARD_STATUSES),
      steps: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: {
            status: enumField(HAZARD_STATUSES),
            by: shortText(64),
            at: timestamp,
            note: shortText(500),
          },
          required: ['status', 'by', 'at', 'note'],
          additionalProperties: false,
        },
      },
      deletedAt: timestamp,
    },
    required: [
      'schoolId', 'inspectionId', 'category', 'level', 'description', 'responsible', 'deadline', 'status', 'steps',
      'deletedAt',
    ],
    indexes: ['schoolId', ['status', 'deadline']],
  }),
};
