import type { RxConflictHandlerInput } from 'rxdb';
import type { XiaoanDatabase } from '@/db/types';
import type { CollectionName, ConflictDoc } from '@/domain/schemas';
import { isReviewableConflict } from '@/domain/sync/conflictRelevance';
import { canonicalJson } from '@/domain/sync/jsonValue';
import { mergeThreeWay } from '@/domain/sync/merge';

/** A short stable hash, so the same lost value is recorded once however often RxDB reports it. */
async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Turn a resolved replication conflict into conflict records (one per
 * field whose value lost) that administrators review and may re-apply.
 * Records belong to the same org unit as the document.
 */
export async function recordConflicts(
  db: XiaoanDatabase,
  collection: CollectionName,
  input: RxConflictHandlerInput<unknown>,
  actor: string,
): Promise<number> {
  const local = input.newDocumentState as Record<string, unknown>;
  const remote = input.realMasterState as Record<string, unknown>;
  const merged = mergeThreeWay(input.assumedMasterState as Record<string, unknown> | undefined, local, remote);
  const conflicts = merged.conflicts.filter((c) => isReviewableConflict(collection, c));
  const docId = String(local.id ?? remote.id ?? '');
  const orgPath = String(remote.orgPath ?? local.orgPath ?? '/');
  const now = Date.now();
  const docs: ConflictDoc[] = [];
  for (const c of conflicts) {
    const losingValue = canonicalJson(c.losingValue ?? null);
    const id = `cf-${await digest(`${collection}|${docId}|${c.field}|${losingValue}`)}`;
    docs.push({
      id,
      orgPath,
      createdAt: now,
      createdBy: actor,
      modifiedAt: now,
      modifiedBy: actor,
      kind: 'merge',
      reason: '',
      sourceCollection: collection,
      docId,
      field: c.field,
      winningValue: canonicalJson(c.winningValue ?? null),
      losingValue,
      losingBy: c.losingBy,
      status: 'open',
      resolvedBy: '',
      resolvedAt: 0,
    });
  }
  if (!docs.length) return 0;
  // Same id for the same lost value: a repeat report inserts nothing new.
  const existing = await db.conflicts.findByIds(docs.map((d) => d.id)).exec();
  const fresh = docs.filter((d) => !existing.has(d.id));
  if (fresh.length) await db.conflicts.bulkInsert(fresh);
  return fresh.length;
}
