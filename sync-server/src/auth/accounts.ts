/**
 * Sign-in users and their replicated account documents. The `accounts`
 * document is the source of truth for role and scope; the `users` row holds
 * the credentials and a copy of the scope for fast token checks.
 */
import { randomUUID } from 'node:crypto';
import { assignUsername, baseUsername } from '../../../src/domain/accounts/username';
import type { Role } from '../../../src/domain/auth/roles';
import type { SignedInUser } from '../../../src/domain/auth/signedInUser';
import type { AccountDoc } from '../../../src/domain/schemas';
import { toWire, toWrite, type WireDoc } from '../replication/docs';
import type { ChangeSet } from '../replication/hub';
import type { StorageTx, UserRow } from '../storage/types';
import { hashPassword } from './passwords';

/** What the client learns about the signed-in user. */
export type UserJson = SignedInUser;

export function userJson(u: UserRow): UserJson {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    orgId: u.orgId,
    orgPath: u.orgPath,
    personId: u.personId,
    mustChangePassword: u.mustChangePassword,
  };
}

/** Usernames are compared lower-case and trimmed. */
export function normalizeUsername(name: string): string {
  return name.trim().toLowerCase();
}

/** Keep what a username may contain; '' when nothing usable is left. */
function cleanRequested(name: string): string {
  return normalizeUsername(name).replace(/[^a-z0-9._-]/g, '').slice(0, 40);
}

/**
 * The final, system-wide unique username: the requested one if free, else
 * the next free number on it (wanghao → wanghao2), else from the pinyin of
 * the display name.
 */
export async function finalUsername(tx: StorageTx, requested: string, displayName: string): Promise<string> {
  const base = cleanRequested(requested) || baseUsername(displayName);
  const taken = new Set(await tx.usernamesStartingWith(base));
  return assignUsername(base, (name) => taken.has(name));
}

export type AccountWire = AccountDoc & { _deleted: boolean };

/** Store an account document (server-side change) and queue it for the stream. */
export async function putAccountDoc(tx: StorageTx, changes: ChangeSet, doc: AccountWire): Promise<void> {
  const written = toWrite('accounts', doc as unknown as WireDoc);
  const at = await tx.putDocs('accounts', [written]);
  changes.add('accounts', at, [written]);
}

export async function loadAccountDoc(tx: StorageTx, id: string): Promise<AccountWire | undefined> {
  const [row] = await tx.getDocs('accounts', [id]);
  return row ? (toWire(row) as unknown as AccountWire) : undefined;
}

/** Patch an account document on the server's behalf (password reset, disable …). */
export async function patchAccountDoc(
  tx: StorageTx,
  changes: ChangeSet,
  id: string,
  patch: Partial<AccountDoc>,
  actorId: string,
): Promise<AccountWire | undefined> {
  const current = await loadAccountDoc(tx, id);
  if (!current) return undefined;
  const next: AccountWire = { ...current, ...patch, modifiedAt: Date.now(), modifiedBy: actorId };
  await putAccountDoc(tx, changes, next);
  return next;
}

export interface NewAccount {
  id?: string;
  username: string;
  password: string;
  mustChangePassword: boolean;
  role: Role;
  orgId: string;
  orgPath: string;
  personId?: string;
  displayName: string;
  createdBy?: string;
  /** Keep the password on the account doc for the slip (forced-change accounts). */
  keepInitialPassword?: boolean;
}

/** Create a user and its account document directly (first start, demo, tests). */
export async function createAccount(tx: StorageTx, changes: ChangeSet, a: NewAccount): Promise<UserRow> {
  const now = Date.now();
  const user: UserRow = {
    id: a.id ?? randomUUID(),
    username: normalizeUsername(a.username),
    passwordHash: await hashPassword(a.password),
    mustChangePassword: a.mustChangePassword,
    disabled: false,
    role: a.role,
    orgId: a.orgId,
    orgPath: a.orgPath,
    personId: a.personId ?? '',
    displayName: a.displayName,
    createdAt: now,
    passwordChangedAt: now,
  };
  await tx.insertUser(user);
  await putAccountDoc(tx, changes, {
    id: user.id,
    orgPath: user.orgPath,
    createdAt: now,
    createdBy: a.createdBy ?? 'system',
    modifiedAt: now,
    modifiedBy: a.createdBy ?? 'system',
    role: user.role,
    orgId: user.orgId,
    personId: user.personId,
    displayName: user.displayName,
    requestedUsername: user.username,
    username: user.username,
    status: 'active',
    mustChangePassword: user.mustChangePassword,
    initialPassword: a.keepInitialPassword ? a.password : '',
    disabledAt: 0,
    _deleted: false,
  });
  return user;
}
