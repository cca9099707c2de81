import type { ActivityKind } from '../schemas/activities';
import { jsonEqual } from '../sync/jsonValue';

/**
 * Test attempts and lesson completions are facts: written once, never
 * edited or deleted, so that merging copies from several devices and the
 * server can never lose one. (Sessions, acknowledgements and drills stay
 * correctable: a teacher fixes a mis-ticked name.)
 */
export const APPEND_ONLY_KINDS = ['attempt', 'completion'] as const satisfies readonly ActivityKind[];

export function isAppendOnlyKind(kind: ActivityKind): boolean {
  return (APPEND_ONLY_KINDS as readonly ActivityKind[]).includes(kind);
}

export interface AppendOnlyConflict<T> {
  id: string;
  kept: T;
  refused: T;
}

export interface AppendOnlyMerge<T> {
  /** `existing` in order, then each new id of `incoming` in order. */
  records: T[];
  /** Same id, different content: a record was rewritten, which append-only forbids. */
  conflicts: AppendOnlyConflict<T>[];
}

/**
 * Union of two sets of append-only records, unique by id. Identical copies
 * (a replayed upload) merge silently; a different record under an id
 * already held keeps the first-held one and is reported, never dropped
 * silently.
 */
export function mergeAppendOnly<T extends { id: string }>(existing: readonly T[], incoming: readonly T[]): AppendOnlyMerge<T> {
  const byId = new Map<string, T>();
  const records: T[] = [];
  const conflicts: AppendOnlyConflict<T>[] = [];
  for (const record of [...existing, ...incoming]) {
    const held = byId.get(record.id);
    if (held === undefined) {
      byId.set(record.id, record);
      records.push(record);
    } else if (!jsonEqual(held, record)) {
      conflicts.push({ id: record.id, kept: held, refused: record });
    }
  }
  return { records, conflicts };
}
