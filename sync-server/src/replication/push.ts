/**
 * RxDB push handler: `rows = [{assumedMasterState?, newDocumentState}]` →
 * `{conflicts, refused}`. Each row is answered on its own, in this order:
 *
 * 1. access (checkWriteAccess): may this principal touch a document there?
 *    Looks only at places, never at stored content, so a refusal reads the
 *    same whatever the server holds (no oracle).
 * 2. replay: the stored document already is this state → acknowledged.
 * 3. conflict: the device's assumed state is not the stored one → the
 *    stored one is returned for the device to merge (it may read it).
 * 4. content (checkWriteContent and the collection's extras): authorship,
 *    placement, references, domain rules → refused with the reason.
 * 5. write.
 * Refused rows are answered with their reason (and the stored state when
 * the writer may read it) and recorded; the batch's other rows are written
 * together in one transaction. Slow work (hashing initial passwords) is done
 * before the write lock, only for rows that will be written.
 */
import { canRead, checkWriteAccess, checkWriteContent, principalReferences, referencesOf, type Principal } from '#domain/auth/permissions';
import type { CollectionName } from '#domain/schemas/index';
import { jsonEqual } from '#domain/sync/jsonValue';
import type { AccountWire } from '../auth/accounts';
import type { DocReader, Storage, StorageTx } from '../storage/types';
import { applyAccountPush, prehashInitialPasswords, sameAccountIntent, weakInitialPassword } from './accountPush';
import { commit } from './commit';
import { toWire, writeDocs, type WireDoc } from './docs';
import { followPersonMoves } from './follow';
import type { ChangeHub, ChangeSet } from './hub';
import { BatchLookup } from './lookup';
import { parsePushBody, type PushRow } from './pushBody';
import { recordRefusals, type Refusal, type RefusedRow } from './refusals';
import { validateDoc } from './validate';

export { MAX_PUSH_ROWS } from './pushBody';

export interface PushDeps {
  storage: Storage;
  hub: ChangeHub;
}

/** What the client receives. */
export interface PushAnswer {
  conflicts: WireDoc[];
  refused: Refusal[];
}

export interface PushOutcome extends PushAnswer {
  written: number;
  acknowledged: number;
}

type RowOutcome =
  | { kind: 'refused'; code: string; reason: string }
  | { kind: 'replay' }
  | { kind: 'conflict'; current: WireDoc }
  | { kind: 'write'; doc: WireDoc };

interface Decided {
  row: PushRow;
  previous: WireDoc | undefined;
  outcome: RowOutcome;
}

/** Extra rules of a collection that only the server can check. */
function collectionExtras(collection: CollectionName, next: WireDoc): RowOutcome | undefined {
  if (collection === 'accounts' && weakInitialPassword(next as unknown as AccountWire)) {
    return { kind: 'refused', code: 'weak_password', reason: '初始密码太简单：至少 8 位，不能是常见密码' };
  }
  return undefined;
}

function sameState(collection: CollectionName, stored: WireDoc, pushed: WireDoc): boolean {
  if (collection === 'accounts') return sameAccountIntent(stored as unknown as AccountWire, pushed as unknown as AccountWire);
  return jsonEqual(stored, pushed);
}

function decideRow(
  principal: Principal,
  collection: CollectionName,
  row: PushRow,
  previous: WireDoc | undefined,
  lookup: BatchLookup,
): RowOutcome {
  const next = row.doc;
  if (!next) return { kind: 'refused', code: 'invalid_document', reason: `文档格式不正确：${row.invalidReason}` };
  const access = checkWriteAccess(principal, collection, next, previous);
  if (!access.ok) return { kind: 'refused', code: access.code, reason: access.reason };
  if (previous && sameState(collection, previous, next)) return { kind: 'replay' };
  if (previous && !(row.assumed && jsonEqual(previous, row.assumed))) return { kind: 'conflict', current: previous };
  const content = checkWriteContent(principal, collection, next, previous, lookup);
  if (!content.ok) return { kind: 'refused', code: content.code, reason: content.reason };
  return collectionExtras(collection, next) ?? { kind: 'write', doc: next };
}

/** Parents before children, so a new unit and its new sub-units can arrive in one batch. */
function inOrder(collection: CollectionName, rows: PushRow[]): PushRow[] {
  if (collection !== 'orgs') return rows;
  const depth = (r: PushRow) => String(r.attempted.orgPath ?? '').split('/').length;
  return [...rows].sort((a, b) => depth(a) - depth(b));
}

async function decide(reader: DocReader, principal: Principal, collection: CollectionName, rows: PushRow[]): Promise<Decided[]> {
  const stored = new Map((await reader.getDocs(collection, rows.map((r) => r.id))).map((r) => [r.id, toWire(r)]));
  const refs = [...principalReferences(principal), ...rows.flatMap((r) => (r.doc ? referencesOf(collection, r.doc) : []))];
  const lookup = await BatchLookup.load(reader, refs);
  const decided = new Map<string, Decided>();
  for (const row of inOrder(collection, rows)) {
    const previous = stored.get(row.id);
    const outcome = decideRow(principal, collection, row, previous, lookup);
    if (outcome.kind === 'write') lookup.accept(collection, outcome.doc);
    decided.set(row.id, { row, previous, outcome });
  }
  return rows.map((r) => decided.get(r.id) as Decided);
}

export async function push(deps: PushDeps, principal: Principal, collection: CollectionName, body: unknown): Promise<PushOutcome> {
  const rows = parsePushBody(collection, body);
  if (!rows.length) return { conflicts: [], refused: [], written: 0, acknowledged: 0 };

  // Slow password hashing happens before the write lock is taken, and only
  // for rows that pass every check (the transaction decides again).
  let hashes = new Map<string, string>();
  if (collection === 'accounts') {
    const writes = (await decide(deps.storage, principal, collection, rows)).flatMap((d) => (d.outcome.kind === 'write' ? [d.outcome.doc] : []));
    hashes = await prehashInitialPasswords(deps.storage, writes as unknown as AccountWire[]);
  }

  return commit(deps.storage, deps.hub, async (tx, changes) => {
    const decided = await decide(tx, principal, collection, rows);
    const answer: PushOutcome = { conflicts: [], refused: [], written: 0, acknowledged: 0 };
    const writes: WireDoc[] = [];
    const refused: RefusedRow[] = [];
    for (const { row, previous, outcome } of decided) {
      if (outcome.kind === 'replay') answer.acknowledged++;
      else if (outcome.kind === 'conflict') answer.conflicts.push(outcome.current);
      else if (outcome.kind === 'refused') {
        const readable = previous && canRead(principal, collection, previous);
        const refusal: Refusal = { id: row.id, code: outcome.code, reason: outcome.reason, current: readable ? previous : null };
        answer.refused.push(refusal);
        refused.push({ refusal, attempted: row.attempted, assumed: row.assumed });
      } else writes.push(collection === 'accounts' ? await storedAccount(tx, changes, outcome.doc, hashes) : outcome.doc);
    }
    await writeDocs(tx, changes, collection, writes);
    answer.written = writes.length;
    if (collection === 'people') {
      const before = new Map(decided.map((d) => [d.row.id, d.previous]));
      const moved = writes.filter((doc) => {
        const previous = before.get(doc.id);
        return previous && previous.orgPath !== doc.orgPath;
      });
      await followPersonMoves(tx, changes, principal, moved);
    }
    await recordRefusals(tx, changes, principal, collection, refused);
    return answer;
  });
}

/** The account as the server stores it, after creating or updating its sign-in user. */
async function storedAccount(tx: StorageTx, changes: ChangeSet, doc: WireDoc, hashes: Map<string, string>): Promise<WireDoc> {
  const stored = (await applyAccountPush(tx, changes, doc as unknown as AccountWire, hashes)) as unknown as WireDoc;
  const check = validateDoc('accounts', stored);
  if (!check.ok) throw new Error(`account ${doc.id} became invalid on the server: ${check.message}`);
  return stored;
}
