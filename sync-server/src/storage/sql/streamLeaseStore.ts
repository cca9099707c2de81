/**
 * Open change streams of every process (PostgreSQL), so the per-user and
 * total stream caps count the streams of the whole installation. A
 * process refreshes its leases while it runs; a crashed process's leases
 * stop counting once stale and are then dropped.
 */
import type { SqlExecutor } from '../driver';
import type { StreamLease, StreamLeaseTable } from '../types';
import { placeholders } from './common';

export function streamLeaseTable(ex: SqlExecutor): StreamLeaseTable {
  return {
    async open(l: StreamLease) {
      await ex.run('INSERT INTO stream_leases (id, origin, user_id, opened_at, seen_at) VALUES (?, ?, ?, ?, ?)', [
        l.id,
        l.origin,
        l.userId,
        l.openedAt,
        l.openedAt,
      ]);
    },
    async close(ids) {
      if (ids.length) await ex.run(`DELETE FROM stream_leases WHERE id IN (${placeholders(ids.length)})`, [...ids]);
    },
    excess: (userId, perUser, total, aliveSince) =>
      ex.all<{ id: string; origin: string }>(
        `(SELECT id, origin FROM stream_leases WHERE user_id = ? AND seen_at >= ? ORDER BY opened_at DESC, id DESC OFFSET ?)
         UNION
         (SELECT id, origin FROM stream_leases WHERE seen_at >= ? ORDER BY opened_at DESC, id DESC OFFSET ?)`,
        [userId, aliveSince, perUser, aliveSince, total],
      ),
    async refresh(origin, now, staleBefore) {
      await ex.run('UPDATE stream_leases SET seen_at = ? WHERE origin = ?', [now, origin]);
      await ex.run('DELETE FROM stream_leases WHERE seen_at < ?', [staleBefore]);
    },
  };
}
