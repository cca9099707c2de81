import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition, JsonSchemaProperty } from './jsonSchema';
import { note, photoList } from './photoRef';

/**
 * An on-site inspection of a school against a checklist (排查): the
 * template version it started on, one answer per item, where the device
 * was. Rules: src/domain/hazards/inspections.
 */
export interface InspectionDoc extends BaseDoc {
  schoolId: string;
  templateId: string;
  templateVersion: number;
  status: 'draft' | 'completed';
  place: string;
  inspector: string;
  startedAt: number;
  completedAt: number;
  location: { lat: number; lng: number; accuracy: number; at: number };
  answers: {
    itemId: string;
    result: 'ok' | 'hazard' | 'na';
    note: string;
    photos: { hash: string; mime: 'image/jpeg' | 'image/png' | 'image/webp'; bytes: number; width: number; height: number }[];
    place: string;
    level: '' | 'general' | 'major';
  }[];
  deletedAt: number;
}

const coordinate = (limit: number): JsonSchemaProperty => ({ type: 'number', minimum: -limit, maximum: limit });

/** v0 → v1: v0 was a placeholder nobody wrote through the app; kept as it is (server migration 3 runs it too). */
export function inspectionV0toV1(doc: Record<string, unknown>): Record<string, unknown> {
  const { checklistId, inspectedAt, items, ...rest } = doc;
  const at = Number(inspectedAt ?? 0);
  const answers = ((items ?? []) as { itemId: string; result: string; note: string }[]).map((i) => ({
    ...i, photos: [], place: '', level: '',
  }));
  return {
    ...rest,
    templateId: String(checklistId ?? ''),
    templateVersion: 1,
    status: at > 0 ? 'completed' : 'draft',
    place: '',
    startedAt: at,
    completedAt: at,
    location: { lat: 0, lng: 0, accuracy: 0, at: 0 },
    answers,
  };
}

export const inspectionsCollection: CollectionDefinition = {
  name: 'inspections',
  replicated: true,
  migrations: { 1: inspectionV0toV1 },
  schema: defineSchema({
    title: 'inspections',
    version: 1,
    properties: {
      schoolId: shortText(64),
      templateId: shortText(64),
      templateVersion: { type: 'integer', minimum: 1, maximum: 1e6, multipleOf: 1 },
      status: enumField(['draft', 'completed']),
      place: shortText(100),
      inspector: shortText(50),
      startedAt: timestamp,
      completedAt: timestamp,
      location: {
        type: 'object',
        properties: { lat: coordinate(90), lng: coordinate(180), accuracy: { type: 'number', minimum: 0, maximum: 1e7 }, at: timestamp },
        required: ['lat', 'lng', 'accuracy', 'at'],
        additionalProperties: false,
      },
      answers: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          properties: {
            itemId: shortText(64),
            result: enumField(['ok', 'hazard', 'na']),
            note,
            photos: photoList,
            place: shortText(100),
            level: enumField(['', 'general', 'major']),
          },
          required: ['itemId', 'result', 'note', 'photos', 'place', 'level'],
          additionalProperties: false,
        },
      },
      deletedAt: timestamp,
    },
    required: [
      'schoolId', 'templateId', 'templateVersion', 'status', 'place', 'inspector', 'startedAt', 'completedAt', 'location',
      'answers', 'deletedAt',
    ],
    indexes: ['schoolId', ['status', 'startedAt']],
  }),
};
