/**
 * Server-side effects of pushing an `accounts` document:
 * - a new account with an `initialPassword` becomes a sign-in user, with a
 *   final username assigned here (requested name if free, else numbered)
 *   and a forced password change; the stored document carries the final
 *   username and status 'active', so the device pulls them back;
 * - a changed `initialPassword` resets the password (change forced);
 * - status 'disabled' or a deletion disables the user and ends its sessions.
 */
import { finalUsername, type AccountWire } from '../auth/accounts';
import { hashPassword, INITIAL_PASSWORD_SCRYPT } from '../auth/passwords';
import type { DocReader, StorageTx, UserPatch } from '../storage/types';
import type { ChangeSet } from './hub';

function needsHash(next: AccountWire, previous: AccountWire | undefined, hasUser: boolean): boolean {
  if (next._deleted || next.initialPassword === '') return false;
  return !hasUser || previous?.initialPassword !== next.initialPassword;
}

/** Hash the passwords a batch will need before the write lock is taken (scrypt is slow on purpose). */
export async function prehashAccountPasswords(
  reader: DocReader,
  rows: readonly { next: AccountWire; previous: AccountWire | undefined }[],
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  await Promise.all(
    rows.map(async ({ next, previous }) => {
      const user = await reader.findUserById(next.id);
      if (needsHash(next, previous, !!user)) hashes.set(`${next.id}\n${next.initialPassword}`, await hashPassword(next.initialPassword, INITIAL_PASSWORD_SCRYPT));
    }),
  );
  return hashes;
}

export async function applyAccountPush(
  tx: StorageTx,
  changes: ChangeSet,
  next: AccountWire,
  previous: AccountWire | undefined,
  hashes: Map<string, string>,
): Promise<AccountWire> {
  const now = Date.now();
  const user = await tx.findUserById(next.id);
  const hashFor = async (password: string) => hashes.get(`${next.id}\n${password}`) ?? (await hashPassword(password, INITIAL_PASSWORD_SCRYPT));
  const disabled = next._deleted || next.status === 'disabled';

  if (!user) {
    if (next._deleted || next.initialPassword === '') {
      // No sign-in yet: the username stays unassigned until a password exists.
      return { ...next, username: '', status: next.status === 'disabled' ? 'disabled' : 'pending' };
    }
    const username = await finalUsername(tx, next.requestedUsername, next.displayName);
    await tx.insertUser({
      id: next.id,
      username,
      passwordHash: await hashFor(next.initialPassword),
      mustChangePassword: true,
      disabled,
      role: next.role,
      orgId: next.orgId,
      orgPath: next.orgPath,
      personId: next.personId,
      displayName: next.displayName,
      createdAt: now,
      passwordChangedAt: now,
    });
    return { ...next, username, status: disabled ? 'disabled' : 'active', mustChangePassword: true };
  }

  const patch: UserPatch = {
    role: next.role,
    orgId: next.orgId,
    orgPath: next.orgPath,
    personId: next.personId,
    displayName: next.displayName,
    disabled,
  };
  let mustChange = user.mustChangePassword;
  const resetPassword = needsHash(next, previous, true);
  if (resetPassword) {
    patch.passwordHash = await hashFor(next.initialPassword);
    patch.mustChangePassword = mustChange = true;
    patch.passwordChangedAt = now;
  }
  await tx.updateUser(user.id, patch);
  const scopeChanged = user.role !== next.role || user.orgPath !== next.orgPath || user.personId !== next.personId;
  if ((disabled && !user.disabled) || resetPassword) {
    for (const id of await tx.revokeUserSessions(user.id, now)) changes.closedSessions.add(id);
  }
  if (disabled || scopeChanged) changes.closedUsers.add(user.id);
  return {
    ...next,
    username: user.username,
    status: disabled ? (next._deleted ? next.status : 'disabled') : 'active',
    mustChangePassword: mustChange,
    disabledAt: disabled ? next.disabledAt || now : 0,
  };
}
