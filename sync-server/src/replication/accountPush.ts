/**
 * Server-side effects of pushing an `accounts` document. The document is
 * the source of truth for role and scope; the sign-in user (users table)
 * holds the credentials. Some fields are the server's alone:
 * - `username`: assigned here when the user is created (the requested
 *   name if free, else numbered), never taken from a device;
 * - `status`, `mustChangePassword`, `disabledAt`: follow the user;
 * - `initialPassword`: travels from the device that opened the account to
 *   here, once, to create the user — and is never stored or sent on. The
 *   device that set it keeps it for the slips (a device-local store); peers
 *   and administrators above never see it.
 * A status of 'disabled' or a deletion disables the user and ends its sessions.
 */
import { isWeakPassword } from '#domain/accounts/password';
import { finalUsername, userFromAccount, type AccountWire } from '../auth/accounts';
import { hashPassword, INITIAL_PASSWORD_SCRYPT } from '../auth/passwords';
import type { DocReader, StorageTx, UserPatch, UserRow } from '../storage/types';
import type { ChangeSet } from './hub';

/** Would storing `next` create the sign-in user (and so hash its initial password)? */
export function createsUser(next: AccountWire, user: UserRow | undefined): boolean {
  return !user && !next._deleted && next.initialPassword !== '';
}

/** The same rule as passwords people choose: a weak initial password is refused. */
export function weakInitialPassword(next: AccountWire): boolean {
  return next.initialPassword !== '' && isWeakPassword(next.initialPassword);
}

const disabledIntent = (a: AccountWire) => a._deleted || a.status === 'disabled';

/**
 * Is `pushed` what is stored, as far as the device decides? The fields the
 * server owns are left out: a device that never heard back still holds its
 * initial password and no username.
 */
export function sameAccountIntent(stored: AccountWire, pushed: AccountWire): boolean {
  const fields = ['orgPath', 'role', 'orgId', 'personId', 'displayName', 'requestedUsername', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'] as const;
  return fields.every((f) => stored[f] === pushed[f]) && disabledIntent(stored) === disabledIntent(pushed);
}

/** Hash the initial passwords of the users a batch will create, before the write lock is taken (scrypt is slow on purpose). */
export async function prehashInitialPasswords(reader: DocReader, accounts: readonly AccountWire[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  await Promise.all(
    accounts.map(async (next) => {
      if (createsUser(next, await reader.findUserById(next.id))) {
        hashes.set(hashKey(next), await hashPassword(next.initialPassword, INITIAL_PASSWORD_SCRYPT));
      }
    }),
  );
  return hashes;
}

const hashKey = (a: AccountWire) => `${a.id}\n${a.initialPassword}`;

/** Apply the account to the users table; returns the document to store. */
export async function applyAccountPush(
  tx: StorageTx,
  changes: ChangeSet,
  next: AccountWire,
  hashes: Map<string, string>,
): Promise<AccountWire> {
  const now = Date.now();
  const user = await tx.findUserById(next.id);
  const disabled = disabledIntent(next);
  const stored = { ...next, initialPassword: '' };

  if (!user) {
    if (!createsUser(next, user)) {
      // No sign-in yet: the username stays unassigned until a password exists.
      return { ...stored, username: '', status: next.status === 'disabled' ? 'disabled' : 'pending', mustChangePassword: true, disabledAt: 0 };
    }
    const username = await finalUsername(tx, next.requestedUsername, next.displayName);
    const passwordHash = hashes.get(hashKey(next)) ?? (await hashPassword(next.initialPassword, INITIAL_PASSWORD_SCRYPT));
    await tx.insertUser(userFromAccount(next, { username, passwordHash, mustChangePassword: true, now }));
    return { ...stored, username, status: disabled ? 'disabled' : 'active', mustChangePassword: true, disabledAt: disabled ? now : 0 };
  }

  const patch: UserPatch = {
    role: next.role,
    orgId: next.orgId,
    orgPath: next.orgPath,
    personId: next.personId,
    displayName: next.displayName,
    disabled,
  };
  await tx.updateUser(user.id, patch);
  const scopeChanged = user.role !== next.role || user.orgPath !== next.orgPath || user.personId !== next.personId;
  if (disabled && !user.disabled) {
    for (const id of await tx.revokeUserSessions(user.id, now)) changes.closedSessions.add(id);
  }
  if (disabled || scopeChanged) changes.closedUsers.add(user.id);
  return {
    ...stored,
    username: user.username,
    status: disabled ? 'disabled' : 'active',
    mustChangePassword: user.mustChangePassword,
    disabledAt: disabled ? next.disabledAt || now : 0,
  };
}
