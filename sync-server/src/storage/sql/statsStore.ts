/**
 * Bookkeeping of the statistics rollups (issue 14): the days each account
 * signed in (one row per account and Shanghai day, the events of the
 * sign-in points rule) and, per school, the next instant its figures change
 * with time alone (a hazard's deadline, a task's window, a new month), so
 * the rollup owner's clock tick recounts exactly those schools.
 */
import type { SqlExecutor } from '../driver';
import type { StatsTables } from '../types';
import { chunks, placeholders, READ_CHUNK } from './common';

/** Inside a write transaction: stamp is the transaction's server clock. True when the day is new. */
export async function recordSignInDay(ex: SqlExecutor, userId: string, day: number, orgPath: string, stamp: number): Promise<boolean> {
  const changed = await ex.run(
    'INSERT INTO sign_in_days (user_id, day, org_path, stamp) VALUES (?, ?, ?, ?) ON CONFLICT (user_id, day) DO NOTHING',
    [userId, day, orgPath, stamp],
  );
  return changed > 0;
}

export async function setStatsDue(ex: SqlExecutor, entries: readonly { schoolId: string; dueAt: number }[]): Promise<void> {
  for (const { schoolId, dueAt } of entries) {
    if (dueAt > 0) {
      await ex.run('INSERT INTO stats_due (school_id, due_at) VALUES (?, ?) ON CONFLICT (school_id) DO UPDATE SET due_at = excluded.due_at', [
        schoolId,
        dueAt,
      ]);
    } else {
      await ex.run('DELETE FROM stats_due WHERE school_id = ?', [schoolId]);
    }
  }
}

export function statsTables(ex: SqlExecutor): StatsTables {
  return {
    async signInDays(userIds) {
      const out = new Map<string, number[]>();
      for (const part of chunks(userIds, READ_CHUNK)) {
        const rows = await ex.all<{ user_id: string; day: number }>(
          `SELECT user_id, day FROM sign_in_days WHERE user_id IN (${placeholders(part.length)}) ORDER BY user_id, day`,
          part,
        );
        for (const row of rows) out.set(row.user_id, [...(out.get(row.user_id) ?? []), Number(row.day)]);
      }
      return out;
    },
    async signInsSince(stamp) {
      const rows = await ex.all<{ org_path: string; stamp: number }>(
        'SELECT org_path, MAX(stamp) AS stamp FROM sign_in_days WHERE stamp > ? GROUP BY org_path',
        [stamp],
      );
      return { orgPaths: rows.map((r) => r.org_path), through: Math.max(stamp, ...rows.map((r) => Number(r.stamp))) };
    },
    async dueSchools(now) {
      return (await ex.all<{ school_id: string }>('SELECT school_id FROM stats_due WHERE due_at <= ?', [now])).map((r) => r.school_id);
    },
    async nextDue() {
      const [row] = await ex.all<{ due: number | null }>('SELECT MIN(due_at) AS due FROM stats_due');
      return row?.due === null || row?.due === undefined ? undefined : Number(row.due);
    },
  };
}
