/**
 * A refused change is never lost: the server answers the row with its
 * reason and keeps what the device's user changed as a refusal record (a
 * `conflicts` document of kind 'refused') that the writer and the
 * administrators entitled to that collection review on /conflicts and may
 * re-apply once the cause is gone. The record keeps the read rule of the
 * refused document's collection (its tag), so an identity's refused value
 * reaches only those who may read identities.
 */
import { createHash } from 'node:crypto';
import type { Principal } from '#domain/auth/principal';
import { isValidOrgPath } from '#domain/auth/writeAccess';
import { isWithin } from '#domain/org/path';
import type { CollectionName } from '#domain/schemas/index';
import { canonicalJson, jsonEqual } from '#domain/sync/jsonValue';
import type { StorageTx } from '../storage/types';
import { writeDocs, type WireDoc } from './docs';
import type { ChangeSet } from './hub';

/** How a refused row is answered: the same shape whatever the server holds. */
export interface Refusal {
  id: string;
  code: string;
  reason: string;
  /** The document as stored, when the writer may read it; null otherwise (the device drops its copy). */
  current: WireDoc | null;
}

/** What the record keeps of a value (the schema's limit for conflict values). */
const MAX_VALUE = 200_000;

/** Nothing legitimate pushes a collection its role may not write: those refusals are answered, not recorded. */
const UNRECORDED = new Set(['forbidden_collection']);

export interface RefusedRow {
  refusal: Refusal;
  attempted: Record<string, unknown>;
  /** The state the device based its change on (RxDB's assumed master state), if any. */
  assumed: Record<string, unknown> | undefined;
}

/**
 * What the device's user changed: for an edit, the fields that differ from
 * the state it started from (with the id and path to place them); for a new
 * document, all of it. Only the user's own input is kept — never the rest of
 * a record they may no longer read (a transferred child's ID number stays
 * off the old school's devices, whose own phone correction is kept).
 */
export function changedPart(attempted: Record<string, unknown>, assumed: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!assumed) return attempted;
  const changed = Object.entries(attempted).filter(([field, value]) => !jsonEqual(value, assumed[field]));
  return { id: attempted.id, orgPath: attempted.orgPath, ...Object.fromEntries(changed) };
}

function recordFor(principal: Principal, collection: CollectionName, { refusal, attempted, assumed }: RefusedRow, now: number): WireDoc {
  const claimed = typeof attempted.orgPath === 'string' ? attempted.orgPath : '';
  const orgPath = isValidOrgPath(claimed) && isWithin(claimed, principal.orgPath) ? claimed : principal.orgPath;
  const value = canonicalJson(changedPart(attempted, assumed));
  const losingValue = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  const digest = createHash('sha256').update(`${principal.id}|${collection}|${refusal.id}|${value}`).digest('hex');
  const current = refusal.current ? canonicalJson(refusal.current) : 'null';
  return {
    id: `rf-${digest.slice(0, 32)}`,
    orgPath,
    createdAt: now,
    createdBy: 'server',
    modifiedAt: now,
    modifiedBy: 'server',
    kind: 'refused',
    reason: refusal.code.slice(0, 60),
    sourceCollection: collection,
    docId: refusal.id.slice(0, 64),
    field: '',
    winningValue: current.length > MAX_VALUE ? 'null' : current,
    losingValue,
    losingBy: principal.id,
    status: 'open',
    resolvedBy: '',
    resolvedAt: 0,
    _deleted: false,
  };
}

/** Store a record per refused row (once: the same refused value again adds nothing). */
export async function recordRefusals(
  tx: StorageTx,
  changes: ChangeSet,
  principal: Principal,
  collection: CollectionName,
  refused: readonly RefusedRow[],
): Promise<void> {
  const now = Date.now();
  const records = refused.filter((r) => !UNRECORDED.has(r.refusal.code)).map((r) => recordFor(principal, collection, r, now));
  if (!records.length) return;
  const known = new Set((await tx.getDocs('conflicts', records.map((r) => r.id))).map((r) => r.id));
  const fresh = [...new Map(records.filter((r) => !known.has(r.id)).map((r) => [r.id, r])).values()];
  await writeDocs(tx, changes, 'conflicts', fresh);
}
