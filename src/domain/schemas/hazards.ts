import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';
import { note, photoList } from './photoRef';

/**
 * A hazard (隐患) and its rectification (整改): 登记 registered → 整改
 * rectifying → 复查验收 awaiting check → 销号 closed. Closed only when
 * fixed and checked by someone other than the rectifier. Every field after
 * the facts follows from the append-only timeline (`steps`); the rules are
 * src/domain/hazards/lifecycle.ts, and the server replays them per row.
 */
export const HAZARD_STATUSES = ['registered', 'rectifying', 'checking', 'closed'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

const STEP_ACTIONS = [
  'register', 'start', 'progress', 'submit', 'reject', 'close', 'supervise', 'unsupervise', 'extend', 'reassign',
] as const;

interface PhotoRefDoc {
  hash: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: number;
  width: number;
  height: number;
}

export interface HazardStepDoc {
  action: (typeof STEP_ACTIONS)[number];
  status: HazardStatus;
  by: string;
  at: number;
  note: string;
  photos: PhotoRefDoc[];
  deadline: number;
  responsibleId: string;
  responsibleName: string;
}

export interface HazardDoc extends BaseDoc {
  schoolId: string;
  inspectionId: string;
  itemId: string;
  category: string;
  level: 'general' | 'major'; // 一般 / 重大
  place: string;
  description: string;
  photos: PhotoRefDoc[];
  foundAt: number;
  responsibleId: string;
  responsibleName: string;
  deadline: number;
  status: HazardStatus;
  supervised: boolean;
  closedAt: number;
  steps: HazardStepDoc[];
  deletedAt: number;
}

/**
 * v0 → v1: v0 was a placeholder nobody wrote through the app (no screens
 * used it); its steps had no action, so each becomes the action that leads
 * to its status. Kept as it is: the server's migration 3 runs it too.
 */
export function hazardV0toV1(doc: Record<string, unknown>): Record<string, unknown> {
  const old = doc as { steps?: { status: HazardStatus; by: string; at: number; note: string }[]; responsible?: string; status?: HazardStatus };
  const { responsible, ...rest } = doc;
  const actionFor: Record<HazardStatus, HazardStepDoc['action']> = {
    registered: 'register', rectifying: 'start', checking: 'submit', closed: 'close',
  };
  const steps = (old.steps ?? []).map((s) => ({
    action: actionFor[s.status], status: s.status, by: s.by, at: s.at, note: s.note, photos: [],
    deadline: 0, responsibleId: '', responsibleName: '',
  }));
  return {
    ...rest,
    itemId: '',
    place: '',
    photos: [],
    foundAt: Number(doc.createdAt ?? 0),
    responsibleId: '',
    responsibleName: String(responsible ?? ''),
    supervised: false,
    closedAt: old.status === 'closed' ? Number(steps.at(-1)?.at ?? doc.modifiedAt ?? 0) : 0,
    steps,
  };
}

export const hazardsCollection: CollectionDefinition = {
  name: 'hazards',
  replicated: true,
  migrations: { 1: hazardV0toV1 },
  schema: defineSchema({
    title: 'hazards',
    version: 1,
    properties: {
      schoolId: shortText(64),
      inspectionId: shortText(64),
      itemId: shortText(64),
      category: shortText(40),
      level: enumField(['general', 'major']),
      place: shortText(100),
      description: shortText(1000),
      photos: photoList,
      foundAt: timestamp,
      responsibleId: shortText(64),
      responsibleName: shortText(50),
      deadline: timestamp,
      status: enumField(HAZARD_STATUSES),
      supervised: { type: 'boolean' },
      closedAt: timestamp,
      steps: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: {
            action: enumField(STEP_ACTIONS),
            status: enumField(HAZARD_STATUSES),
            by: shortText(64),
            at: timestamp,
            note,
            photos: photoList,
            deadline: timestamp,
            responsibleId: shortText(64),
            responsibleName: shortText(50),
          },
          required: ['action', 'status', 'by', 'at', 'note', 'photos', 'deadline', 'responsibleId', 'responsibleName'],
          additionalProperties: false,
        },
      },
      deletedAt: timestamp,
    },
    required: [
      'schoolId', 'inspectionId', 'itemId', 'category', 'level', 'place', 'description', 'photos', 'foundAt',
      'responsibleId', 'responsibleName', 'deadline', 'status', 'supervised', 'closedAt', 'steps', 'deletedAt',
    ],
    indexes: ['schoolId', ['status', 'deadline']],
  }),
};
