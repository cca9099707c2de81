/** Sign-in users: credentials plus a copy of the account's scope for fast token checks. */
import type { Role } from '#domain/auth/roles';
import type { SqlExecutor } from '../driver';
import type { UserPatch, UserRow } from '../types';
import { flag, placeholders, type SqlValue } from './common';

interface UserRecord {
  id: string;
  username: string;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  role: string;
  org_id: string;
  org_path: string;
  person_id: string;
  display_name: string;
  created_at: number;
  password_changed_at: number;
}

const USER_COLUMNS =
  'id, username, password_hash, must_change_password, disabled, role, org_id, org_path, person_id, display_name, created_at, password_changed_at';

const PATCH_COLUMNS: Record<keyof UserPatch, string> = {
  username: 'username',
  passwordHash: 'password_hash',
  mustChangePassword: 'must_change_password',
  disabled: 'disabled',
  role: 'role',
  orgId: 'org_id',
  orgPath: 'org_path',
  personId: 'person_id',
  displayName: 'display_name',
  passwordChangedAt: 'password_changed_at',
};

function toUser(r: UserRecord): UserRow {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    mustChangePassword: Number(r.must_change_password) === 1,
    disabled: Number(r.disabled) === 1,
    role: r.role as Role,
    orgId: r.org_id,
    orgPath: r.org_path,
    personId: r.person_id,
    displayName: r.display_name,
    createdAt: Number(r.created_at),
    passwordChangedAt: Number(r.password_changed_at),
  };
}

async function one(ex: SqlExecutor, where: string, value: string): Promise<UserRow | undefined> {
  const [row] = await ex.all<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE ${where} = ?`, [value]);
  return row ? toUser(row) : undefined;
}

export const findUserById = (ex: SqlExecutor, id: string) => one(ex, 'id', id);
export const findUserByUsername = (ex: SqlExecutor, username: string) => one(ex, 'username', username);

/** Usernames equal to `base` or starting with it: the byte-wise range [base, base + U+10FFFF). */
export async function usernamesStartingWith(ex: SqlExecutor, base: string): Promise<string[]> {
  const rows = await ex.all<{ username: string }>('SELECT username FROM users WHERE username >= ? AND username < ?', [
    base,
    `${base}${String.fromCodePoint(0x10ffff)}`,
  ]);
  return rows.map((r) => r.username);
}

export async function insertUser(ex: SqlExecutor, u: UserRow): Promise<void> {
  await ex.run(`INSERT INTO users (${USER_COLUMNS}) VALUES (${placeholders(12)})`, [
    u.id,
    u.username,
    u.passwordHash,
    flag(u.mustChangePassword),
    flag(u.disabled),
    u.role,
    u.orgId,
    u.orgPath,
    u.personId,
    u.displayName,
    u.createdAt,
    u.passwordChangedAt,
  ]);
}

export async function updateUser(ex: SqlExecutor, id: string, patch: UserPatch): Promise<void> {
  const sets: string[] = [];
  const params: SqlValue[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof UserPatch, UserPatch[keyof UserPatch]][]) {
    if (value === undefined) continue;
    sets.push(`${PATCH_COLUMNS[key]} = ?`);
    params.push(typeof value === 'boolean' ? flag(value) : value);
  }
  if (!sets.length) return;
  await ex.run(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
}
