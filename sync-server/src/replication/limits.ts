/**
 * What the server refuses beyond the shared JSON schemas: ids of an
 * unexpected form, NUL characters (which PostgreSQL cannot store and SQLite
 * would truncate in some tools), free-form objects (`data`, `detail`,
 * `body`) nested too deep or too large, documents too large overall. The
 * client never produces such documents; a crafted request gets 400 or a
 * per-row refusal with the reason, never a 500.
 */
import type { CollectionName } from '#domain/schemas/index';

/** Document and unit ids: letters, digits and `_ . : -`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

const MAX_DEPTH = 8;
/** Serialised size of a whole document; lesson bodies are the large ones. */
const MAX_DOC_BYTES: Partial<Record<CollectionName, number>> = { content: 512 * 1024 };
const DEFAULT_MAX_DOC_BYTES = 64 * 1024;

/** The first reason this value breaks the limits, or '' when it keeps them. */
export function limitViolation(collection: CollectionName, doc: Record<string, unknown>): string {
  if (!isValidId(doc.id)) return '文档编号格式不正确';
  const walk = (value: unknown, depth: number): string => {
    if (typeof value === 'string') return value.includes('\u0000') ? '含有不允许的空字符' : '';
    if (typeof value !== 'object' || value === null) return '';
    if (depth > MAX_DEPTH) return '嵌套层级过深';
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return '含有不允许的空字符';
      const found = walk(item, depth + 1);
      if (found) return found;
    }
    return '';
  };
  const found = walk(doc, 0);
  if (found) return found;
  const max = MAX_DOC_BYTES[collection] ?? DEFAULT_MAX_DOC_BYTES;
  return Buffer.byteLength(JSON.stringify(doc)) > max ? '文档过大' : '';
}
