/** Signed-in devices: one session per sign-in; the token itself is never stored, only its SHA-256. */
import type { SqlExecutor } from '../driver';
import type { SessionRow } from '../types';
import { rowMapping } from './rowMapping';

const SESSIONS = rowMapping<SessionRow>('sessions', {
  id: 'text',
  userId: 'text',
  tokenHash: 'text',
  label: 'text',
  userAgent: 'text',
  ip: 'text',
  createdAt: 'int',
  lastSeenAt: 'int',
  expiresAt: 'int',
  revokedAt: 'int',
});

export const findSession = (ex: SqlExecutor, id: string) => SESSIONS.findOne(ex, 'id', id);
export const findSessionByTokenHash = (ex: SqlExecutor, tokenHash: string) => SESSIONS.findOne(ex, 'token_hash', tokenHash);

export async function listSessions(ex: SqlExecutor, userId: string): Promise<SessionRow[]> {
  const rows = await ex.all<Record<string, unknown>>(
    `SELECT ${SESSIONS.columns} FROM sessions WHERE user_id = ? ORDER BY created_at DESC, id`,
    [userId],
  );
  return rows.map(SESSIONS.fromRecord);
}

export const insertSession = (ex: SqlExecutor, s: SessionRow): Promise<void> => SESSIONS.insert(ex, s);

/** Revoke every live session of a user, except `exceptSessionId`; returns the revoked ids. */
export async function revokeUserSessions(ex: SqlExecutor, userId: string, at: number, exceptSessionId = ''): Promise<string[]> {
  const rows = await ex.all<{ id: string }>(
    'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at = 0 AND id <> ? RETURNING id',
    [at, userId, exceptSessionId],
  );
  return rows.map((r) => r.id);
}

export async function revokeSession(ex: SqlExecutor, id: string, at: number): Promise<boolean> {
  return (await ex.run('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at = 0', [at, id])) > 0;
}

export async function touchSession(ex: SqlExecutor, id: string, lastSeenAt: number, expiresAt: number): Promise<void> {
  await ex.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ? AND revoked_at = 0', [lastSeenAt, expiresAt, id]);
}
