/**
 * Every pushed document is checked against the same schema the client
 * uses (src/domain/schemas) before it is stored: a document the client
 * schema rejects would stall every other device's pull at its checkpoint.
 * Then against the server's own limits (limits.ts).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '#domain/schemas/index';
import type { WireDoc } from './docs';
import { limitViolation } from './limits';

export type Validation = { ok: true; doc: WireDoc } | { ok: false; message: string };

const ajv = new Ajv({ allErrors: false, strict: true });

function compile(name: CollectionName): ValidateFunction {
  const schema = COLLECTIONS[name].schema;
  return ajv.compile({
    type: 'object',
    properties: { ...schema.properties, _deleted: { type: 'boolean' } },
    required: [...schema.required, '_deleted'],
    additionalProperties: false,
  });
}

const validators = new Map<CollectionName, ValidateFunction>(COLLECTION_NAMES.map((name) => [name, compile(name)]));

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const child = params.missingProperty ?? params.additionalProperty;
  return [path, child].filter(Boolean).join('.') || '(文档)';
}

/** A plain-Chinese description of the first schema violation. */
export function describeError(error: ErrorObject): string {
  const field = fieldOf(error);
  switch (error.keyword) {
    case 'required':
      return `缺少字段 ${field}`;
    case 'additionalProperties':
      return `含有未知字段 ${field}`;
    case 'type':
      return `字段 ${field} 的类型不正确`;
    case 'maxLength':
    case 'maxItems':
      return `字段 ${field} 过长`;
    case 'enum':
      return `字段 ${field} 的取值不在允许范围内`;
    case 'minimum':
    case 'maximum':
    case 'multipleOf':
      return `字段 ${field} 的数值超出范围`;
    default:
      return `字段 ${field} 不符合要求`;
  }
}

export function isCollectionName(name: string): name is CollectionName {
  return (COLLECTION_NAMES as string[]).includes(name);
}

export function validateDoc(collection: CollectionName, value: unknown): Validation {
  const validate = validators.get(collection);
  if (!validate) return { ok: false, message: `未知的数据集合 ${collection}` };
  if (!validate(value)) {
    const first = validate.errors?.[0];
    return { ok: false, message: first ? describeError(first) : '文档格式不正确' };
  }
  const doc = value as WireDoc;
  const violation = limitViolation(collection, doc);
  return violation ? { ok: false, message: violation } : { ok: true, doc };
}
