/**
 * A document emptied of everything but where it was: what a device keeps of
 * a record that left its user's scope or that the server refused. It is a
 * tombstone (`_deleted: true`) that still satisfies the collection's
 * schema, so RxDB stores it, but it carries no name, ID number or phone:
 * the data must leave the device, not linger in a deleted copy.
 */
import type { CollectionSchema, JsonSchemaProperty } from '../schemas';

function emptyValue(property: JsonSchemaProperty): unknown {
  const type = Array.isArray(property.type) ? property.type[0] : property.type;
  if (property.enum) return property.enum.includes('') ? '' : property.enum[0];
  switch (type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return property.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return emptyObject(property.properties ?? {}, property.required ?? []);
    default:
      return null;
  }
}

function emptyObject(properties: Record<string, JsonSchemaProperty>, required: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(required.map((field) => [field, emptyValue(properties[field] ?? {})]));
}

export function scrubbedTombstone(schema: CollectionSchema, id: string, orgPath: string): Record<string, unknown> & { _deleted: true } {
  return { ...emptyObject(schema.properties, schema.required), id, orgPath, _deleted: true };
}
