/** Signed-in devices: one session per sign-in; the token itself is never stored, only its SHA-256. */
import type { SqlExecutor } from '../driver';
import type { SessionRow } from '../types';
import { placeholders } from './common';

interface SessionRecord {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  user_agent: string;
  ip: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  revoked_at: number;
}

const SESSION_COLUMNS = 'id, user_id, token_hash, label, user_agent, ip, created_at, last_seen_at, expires_at, revoked_at';

function toSession(r: SessionRecord): SessionRow {
  return {
    id: r.id,
    userId: r.user_id,
    tokenHash: r.token_hash,
    label: r.label,
    userAgent: r.user_agent,
    ip: r.ip,
    createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at),
    expiresAt: Number(r.expires_at),
    revokedAt: Number(r.revoked_at),
  };
}

async function one(ex: SqlExecutor, where: string, value: string): Promise<SessionRow | undefined> {
  const [row] = await ex.all<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE ${where} = ?`, [value]);
  return row ? toSession(row) : undefined;
}

export const findSession = (ex: SqlExecutor, id: string) => one(ex, 'id', id);
export const findSessionByTokenHash = (ex: SqlExecutor, tokenHash: string) => one(ex, 'token_hash', tokenHash);

export async function listSessions(ex: SqlExecutor, userId: string): Promise<SessionRow[]> {
  const rows = await ex.all<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = ? ORDER BY created_at DESC, id`, [
    userId,
  ]);
  return rows.map(toSession);
}

export async function insertSession(ex: SqlExecutor, s: SessionRow): Promise<void> {
  await ex.run(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (${placeholders(10)})`, [
    s.id,
    s.userId,
    s.tokenHash,
    s.label,
    s.userAgent,
    s.ip,
    s.createdAt,
    s.lastSeenAt,
    s.expiresAt,
    s.revokedAt,
  ]);
}

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
