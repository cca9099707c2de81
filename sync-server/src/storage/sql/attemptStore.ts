/**
 * Sign-in attempts in the database (PostgreSQL: several processes count
 * the same attempts). Each write is one autocommit statement that only
 * applies if the row is still what the caller read, so concurrent
 * attempts on one key from several processes are each counted once.
 */
import type { SqlExecutor } from '../driver';
import type { AttemptRow, AttemptTable } from '../types';

interface Record {
  attempts: number;
  last_attempt_at: number;
  locked_until: number;
}

export function attemptTable(ex: SqlExecutor): AttemptTable {
  return {
    async get(kind, key) {
      const [r] = await ex.all<Record>('SELECT attempts, last_attempt_at, locked_until FROM auth_attempts WHERE kind = ? AND key = ?', [kind, key]);
      return r && { attempts: Number(r.attempts), lastAttemptAt: Number(r.last_attempt_at), lockedUntil: Number(r.locked_until) };
    },
    async put(kind, key, next: AttemptRow, expected) {
      if (!expected) {
        return (
          (await ex.run(
            `INSERT INTO auth_attempts (kind, key, attempts, last_attempt_at, locked_until) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (kind, key) DO NOTHING`,
            [kind, key, next.attempts, next.lastAttemptAt, next.lockedUntil],
          )) > 0
        );
      }
      return (
        (await ex.run(
          `UPDATE auth_attempts SET attempts = ?, last_attempt_at = ?, locked_until = ?
           WHERE kind = ? AND key = ? AND attempts = ? AND last_attempt_at = ? AND locked_until = ?`,
          [next.attempts, next.lastAttemptAt, next.lockedUntil, kind, key, expected.attempts, expected.lastAttemptAt, expected.lockedUntil],
        )) > 0
      );
    },
    async delete(kind, key) {
      await ex.run('DELETE FROM auth_attempts WHERE kind = ? AND key = ?', [kind, key]);
    },
    async sweep(kind, before) {
      await ex.run('DELETE FROM auth_attempts WHERE kind = ? AND last_attempt_at < ? AND locked_until < ?', [kind, before, Date.now()]);
    },
  };
}
