/**
 * A first sync's progress: documents received against the server's totals
 * (GET /api/sync/counts), and an estimate of the time left from the pace so
 * far. Plain functions over the sync snapshot, so the header, the sync page
 * and the tests read the same figures.
 */
import type { CollectionName } from '@/domain/schemas';

/** One collection still arriving: documents on this device (stored before plus received) of the total. */
export interface CollectionProgress {
  name: CollectionName;
  done: number;
  total: number;
}

/** Since when the totals are known, and how many documents were on the device then. */
export interface FirstSyncClock {
  startedAt: number;
  doneAtStart: number;
}

export interface FirstSyncSummary {
  collections: CollectionProgress[];
  done: number;
  total: number;
  /** Milliseconds left at the pace so far; null until the pace can be told. */
  timeLeftMs: number | null;
}

/** The pace needs this much time and this many documents before it is worth showing. */
const MIN_ELAPSED_MS = 3000;
const MIN_DOCUMENTS = 100;

export function summarize(collections: readonly CollectionProgress[], clock: FirstSyncClock, now: number): FirstSyncSummary {
  // A collection can end above its total (documents written meanwhile) or below it (tombstones are not counted as stored).
  const done = collections.reduce((sum, c) => sum + Math.min(c.done, c.total), 0);
  const total = collections.reduce((sum, c) => sum + c.total, 0);
  const elapsed = now - clock.startedAt;
  const gained = done - clock.doneAtStart;
  const timeLeftMs = elapsed >= MIN_ELAPSED_MS && gained >= MIN_DOCUMENTS ? Math.round(((total - done) * elapsed) / gained) : null;
  return { collections: [...collections], done, total, timeLeftMs };
}
