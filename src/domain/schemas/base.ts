import type { CollectionSchema, JsonSchemaProperty } from './jsonSchema';

/**
 * Fields every replicated document carries.
 *
 * `orgPath` is the materialised path of the organisation unit the document
 * belongs to ("/41/4115/411502/…/"): scope checks on the client and on the
 * server are prefix checks on it. `modifiedAt` is the editing device's clock
 * and is informational only — the server orders changes by its own clock.
 */
export interface BaseDoc {
  id: string;
  orgPath: string;
  createdAt: number;
  createdBy: string;
  modifiedAt: number;
  modifiedBy: string;
}

export const ID_MAX = 64;
export const PATH_MAX = 400;

const baseProperties: Record<keyof BaseDoc, JsonSchemaProperty> = {
  id: { type: 'string', maxLength: ID_MAX },
  orgPath: { type: 'string', maxLength: PATH_MAX },
  createdAt: { type: 'integer', minimum: 0, maximum: 1e15, multipleOf: 1 },
  createdBy: { type: 'string', maxLength: ID_MAX },
  modifiedAt: { type: 'integer', minimum: 0, maximum: 1e15, multipleOf: 1 },
  modifiedBy: { type: 'string', maxLength: ID_MAX },
};

const baseRequired: (keyof BaseDoc)[] = ['id', 'orgPath', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'];

/** Build a collection schema that extends the common base fields. */
export function defineSchema(options: {
  title: string;
  version: number;
  properties: Record<string, JsonSchemaProperty>;
  required: string[];
  indexes?: (string | string[])[];
}): CollectionSchema {
  return {
    title: options.title,
    version: options.version,
    primaryKey: 'id',
    type: 'object',
    properties: { ...baseProperties, ...options.properties },
    required: [...baseRequired, ...options.required],
    // Every collection is pulled by scope, so orgPath is always indexed.
    indexes: ['orgPath', ...(options.indexes ?? [])],
    additionalProperties: false,
  };
}

/** A short enumerated string field. */
export function enumField(values: readonly string[]): JsonSchemaProperty {
  return { type: 'string', enum: values, maxLength: 32 };
}

export const shortText = (maxLength = 100): JsonSchemaProperty => ({ type: 'string', maxLength });
export const timestamp: JsonSchemaProperty = { type: 'integer', minimum: 0, maximum: 1e15, multipleOf: 1 };
