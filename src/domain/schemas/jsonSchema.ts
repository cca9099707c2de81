/**
 * A structural subset of JSON Schema as RxDB consumes it. `src/domain` may not
 * import RxDB, so we describe the shape ourselves; `src/db` checks at compile
 * time that it is assignable to RxDB's `RxJsonSchema`.
 */
export interface JsonSchemaProperty {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | Array<'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'>;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  enum?: readonly (string | number | boolean)[];
  pattern?: string;
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchemaProperty;
  maxItems?: number;
  format?: string;
}

export interface CollectionSchema {
  title: string;
  version: number;
  primaryKey: string;
  type: 'object';
  properties: Record<string, JsonSchemaProperty>;
  required: string[];
  indexes: (string | string[])[];
  additionalProperties: false;
}

/** A document as it was at an older schema version, migrated one step up. */
export type MigrationStep = (oldDoc: Record<string, unknown>) => Record<string, unknown> | null;

export interface CollectionDefinition {
  name: string;
  schema: CollectionSchema;
  /** RxDB `migrationStrategies`: key N migrates from version N-1 to N. */
  migrations: Record<number, MigrationStep>;
  /** Replicated with the sync server, or kept on this device only. */
  replicated: boolean;
}
