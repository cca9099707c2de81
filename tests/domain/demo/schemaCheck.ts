import type { JsonSchemaProperty } from '@/domain/schemas/jsonSchema';

/**
 * Checks a document against the subset of JSON Schema our collection
 * schemas use (type, required, enum, maxLength, minimum/maximum,
 * additionalProperties: false). Returns a list of problems, empty when the
 * document fits. A pulled document that fails the client schema stalls
 * replication, so generated data is checked here.
 */
/** `schema` is a property schema or a whole CollectionSchema (structurally one). */
export function schemaProblems(schema: JsonSchemaProperty, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  const actual = typeOf(value);
  if (types.length > 0 && !types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) {
    return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value as string)) problems.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) {
    problems.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: above maximum`);
  }
  if (actual === 'object' && schema.properties) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}.${key}: missing`);
    for (const [key, child] of Object.entries(record)) {
      const property = schema.properties[key];
      if (!property) {
        if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
        continue;
      }
      problems.push(...schemaProblems(property, child, `${path}.${key}`));
    }
  }
  return problems;
}
