/**
 * RxDB push handler: `rows = [{assumedMasterState?, newDocumentState}]` →
 * the master states of the rows in conflict. One transaction per batch;
 * per row: no current → insert; current equals the new state → a replayed
 * push, acknowledged without a write; current equals the assumed master →
 * write; otherwise → conflict (return current). Every row is validated and
 * permission-checked first: one bad row refuses the whole batch.
 */
import {
  checkWrite,
  orgIdsNeeded,
  type OrgRef,
  type Principal,
} from '../../../src/domain/auth/permissions';
import type { OrgKind } from '../../../src/domain/org/levels';
import type { CollectionName } from '../../../src/domain/schemas';
import type { AccountWire } from '../auth/accounts';
import { badRequest, HttpError } from '../errors';
import type { Storage } from '../storage/types';
import { applyAccountPush, prehashAccountPasswords } from './accountPush';
import { commit } from './commit';
import { toWire, toWrite, type WireDoc, type WrittenDoc } from './docs';
import { jsonEqual } from './equal';
import type { ChangeHub } from './hub';
import { validateDoc } from './validate';

export const MAX_PUSH_ROWS = 2000;

export interface PushRow {
  assumedMasterState?: WireDoc;
  newDocumentState: WireDoc;
}

export interface PushDeps {
  storage: Storage;
  hub: ChangeHub;
}

export interface PushOutcome {
  conflicts: WireDoc[];
  written: number;
  acknowledged: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shape and schema checks, before any database work. */
export function parsePushBody(collection: CollectionName, body: unknown): PushRow[] {
  if (!Array.isArray(body)) throw badRequest('invalid_push', '推送内容应为数组');
  if (body.length > MAX_PUSH_ROWS) throw badRequest('push_too_large', `一次最多推送 ${MAX_PUSH_ROWS} 条`);
  const seen = new Set<string>();
  return body.map((row: unknown, i) => {
    if (!isObject(row) || !isObject(row.newDocumentState)) throw badRequest('invalid_push', `第 ${i + 1} 条缺少 newDocumentState`);
    const assumed = row.assumedMasterState;
    if (assumed !== undefined && assumed !== null && !isObject(assumed)) {
      throw badRequest('invalid_push', `第 ${i + 1} 条的 assumedMasterState 格式不正确`);
    }
    const result = validateDoc(collection, row.newDocumentState);
    if (!result.ok) {
      const id = typeof row.newDocumentState.id === 'string' ? row.newDocumentState.id : `#${i + 1}`;
      throw badRequest('invalid_document', `文档 ${id} 格式不正确：${result.message}（本批次未保存）`);
    }
    if (seen.has(result.doc.id)) throw badRequest('duplicate_document', `同一批次中文档 ${result.doc.id} 重复`);
    seen.add(result.doc.id);
    return { newDocumentState: result.doc, ...(isObject(assumed) ? { assumedMasterState: assumed as WireDoc } : {}) };
  });
}

function orgRef(doc: WireDoc): OrgRef {
  return { id: doc.id, kind: doc.kind as OrgKind, orgPath: doc.orgPath, deleted: doc._deleted || Number(doc.deletedAt) > 0 };
}

export async function push(
  deps: PushDeps,
  principal: Principal,
  collection: CollectionName,
  body: unknown,
): Promise<PushOutcome> {
  const rows = parsePushBody(collection, body);
  if (!rows.length) return { conflicts: [], written: 0, acknowledged: 0 };
  const ids = rows.map((r) => r.newDocumentState.id);

  // Slow password hashing happens before the write lock is taken.
  let hashes = new Map<string, string>();
  if (collection === 'accounts') {
    const before = new Map((await deps.storage.getDocs(collection, ids)).map((r) => [r.id, toWire(r) as unknown as AccountWire]));
    hashes = await prehashAccountPasswords(
      deps.storage,
      rows.map((r) => ({ next: r.newDocumentState as unknown as AccountWire, previous: before.get(r.newDocumentState.id) })),
    );
  }

  return commit(deps.storage, deps.hub, async (tx, changes) => {
    const current = new Map((await tx.getDocs(collection, ids)).map((r) => [r.id, toWire(r)]));
    const orgIds = rows.flatMap((r) => orgIdsNeeded(collection, r.newDocumentState));
    const orgs = new Map((await tx.getDocs('orgs', orgIds)).map((r) => [r.id, orgRef(toWire(r))]));
    if (collection === 'orgs') for (const r of rows) orgs.set(r.newDocumentState.id, orgRef(r.newDocumentState));
    const ctx = { org: (id: string) => orgs.get(id) };

    const conflicts: WireDoc[] = [];
    const toStore: { next: WireDoc; previous: WireDoc | undefined }[] = [];
    let acknowledged = 0;
    for (const { newDocumentState: next, assumedMasterState: assumed } of rows) {
      const previous = current.get(next.id);
      if (previous && jsonEqual(previous, next)) {
        acknowledged++; // replayed push: already stored
        continue;
      }
      const decision = checkWrite(principal, collection, next, previous, ctx);
      if (!decision.ok) throw new HttpError(403, decision.code, `文档 ${next.id}：${decision.reason}（本批次未保存）`);
      if (previous && !(assumed && jsonEqual(previous, assumed))) conflicts.push(previous);
      else toStore.push({ next, previous });
    }

    const written: WrittenDoc[] = [];
    for (const { next, previous } of toStore) {
      let doc = next;
      if (collection === 'accounts') {
        doc = (await applyAccountPush(
          tx,
          changes,
          next as unknown as AccountWire,
          previous as unknown as AccountWire | undefined,
          hashes,
        )) as unknown as WireDoc;
        const check = validateDoc(collection, doc);
        if (!check.ok) throw badRequest('invalid_document', `账号 ${doc.id}：${check.message}`);
      }
      written.push(toWrite(collection, doc));
    }
    if (written.length) {
      const at = await tx.putDocs(collection, written);
      changes.add(collection, at, written);
    }
    return { conflicts, written: written.length, acknowledged };
  });
}
