/** Sign-in users: credentials plus a copy of the account's scope for fast token checks. */
import type { SqlExecutor } from '../driver';
import type { UserPatch, UserRow } from '../types';
import { flag, type SqlValue } from './common';
import { rowMapping } from './rowMapping';

const USERS = rowMapping<UserRow>('users', {
  id: 'text',
  username: 'text',
  passwordHash: 'text',
  mustChangePassword: 'flag',
  disabled: 'flag',
  role: 'text',
  orgId: 'text',
  orgPath: 'text',
  personId: 'text',
  displayName: 'text',
  createdAt: 'int',
  passwordChangedAt: 'int',
});

export const findUserById = (ex: SqlExecutor, id: string) => USERS.findOne(ex, 'id', id);
export const findUserByUsername = (ex: SqlExecutor, username: string) => USERS.findOne(ex, 'username', username);

/** Usernames equal to `base` or starting with it: the byte-wise range [base, base + U+10FFFF). */
export async function usernamesStartingWith(ex: SqlExecutor, base: string): Promise<string[]> {
  const rows = await ex.all<{ username: string }>('SELECT username FROM users WHERE username >= ? AND username < ?', [
    base,
    `${base}${String.fromCodePoint(0x10ffff)}`,
  ]);
  return rows.map((r) => r.username);
}

export const insertUser = (ex: SqlExecutor, u: UserRow): Promise<void> => USERS.insert(ex, u);

export async function updateUser(ex: SqlExecutor, id: string, patch: UserPatch): Promise<void> {
  const sets: string[] = [];
  const params: SqlValue[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof UserPatch, UserPatch[keyof UserPatch]][]) {
    if (value === undefined) continue;
    sets.push(`${USERS.column(key)} = ?`);
    params.push(typeof value === 'boolean' ? flag(value) : value);
  }
  if (!sets.length) return;
  await ex.run(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
}
