/**
 * The body of a push, as RxDB sends it: `[{assumedMasterState?, newDocumentState}]`.
 * Malformed requests (not an array, too many rows, a row without a
 * document or id, an id twice) are protocol errors of the whole request
 * (400). A document that fails the schema or the server's limits is a
 * refusal of its row only: an older client version must not jam the rest.
 */
import type { CollectionName } from '#domain/schemas/index';
import { badRequest } from '../errors';
import type { WireDoc } from './docs';
import { isValidId } from './limits';
import { validateDoc } from './validate';

export const MAX_PUSH_ROWS = 2000;

export interface PushRow {
  id: string;
  /** The pushed document, as sent (also kept for a refusal record). */
  attempted: Record<string, unknown>;
  /** The document when it passed schema and limits; undefined when it did not. */
  doc: WireDoc | undefined;
  invalidReason: string;
  assumed: WireDoc | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePushBody(collection: CollectionName, body: unknown): PushRow[] {
  if (!Array.isArray(body)) throw badRequest('invalid_push', '推送内容应为数组');
  if (body.length > MAX_PUSH_ROWS) throw badRequest('push_too_large', `一次最多推送 ${MAX_PUSH_ROWS} 条`);
  const seen = new Set<string>();
  return body.map((row: unknown, i) => {
    if (!isObject(row) || !isObject(row.newDocumentState)) throw badRequest('invalid_push', `第 ${i + 1} 条缺少 newDocumentState`);
    const attempted = row.newDocumentState;
    const assumed = row.assumedMasterState;
    if (assumed !== undefined && assumed !== null && !isObject(assumed)) {
      throw badRequest('invalid_push', `第 ${i + 1} 条的 assumedMasterState 格式不正确`);
    }
    if (!isValidId(attempted.id)) throw badRequest('invalid_id', `第 ${i + 1} 条的文档编号格式不正确`);
    if (seen.has(attempted.id)) throw badRequest('duplicate_document', `同一批次中文档 ${attempted.id} 重复`);
    seen.add(attempted.id);
    const result = validateDoc(collection, attempted);
    return {
      id: attempted.id,
      attempted,
      doc: result.ok ? result.doc : undefined,
      invalidReason: result.ok ? '' : result.message,
      assumed: isObject(assumed) ? (assumed as WireDoc) : undefined,
    };
  });
}
