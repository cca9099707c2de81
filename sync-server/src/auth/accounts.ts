/**
 * Sign-in users and their replicated account documents. The `accounts`
 * document is the source of truth for role and scope; the `users` row holds
 * the credentials and a copy of the scope for fast token checks. Every
 * place that turns an account into a user goes through `userFromAccount`.
 */
import { randomUUID } from 'node:crypto';
import { assignUsername, baseUsername } from '#domain/accounts/username';
import type { Role } from '#domain/auth/roles';
import type { SignedInUser } from '#domain/auth/signedInUser';
import type { AccountDoc } from '#domain/schemas/index';
import { toWire, writeDocs, type WireDoc } from '../replication/docs';
import type { ChangeSet } from '../replication/hub';
import type { DocReader, StorageTx, UserRow } from '../storage/types';
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
export async function finalUsername(reader: DocReader, requested: string, displayName: string): Promise<string> {
  const base = cleanRequested(requested) || baseUsername(displayName);
  const taken = new Set(await reader.usernamesStartingWith(base));
  return assignUsername(base, (name) => taken.has(name));
}

export type AccountWire = AccountDoc & { _deleted: boolean };

export interface NewUserFields {
  username: string;
  passwordHash: string;
  mustChangePassword: boolean;
  now: number;
}

/** The sign-in user of an account: its scope copied from the document. */
export function userFromAccount(account: Pick<AccountWire, 'id' | 'role' | 'orgId' | 'orgPath' | 'personId' | 'displayName' | 'status' | '_deleted'>, f: NewUserFields): UserRow {
  return {
    id: account.id,
    username: f.username,
    passwordHash: f.passwordHash,
    mustChangePassword: f.mustChangePassword,
    disabled: account._deleted || account.status === 'disabled',
    role: account.role,
    orgId: account.orgId,
    orgPath: account.orgPath,
    personId: account.personId,
    displayName: account.displayName,
    createdAt: f.now,
    passwordChangedAt: f.now,
  };
}

export async function loadAccountDoc(reader: DocReader, id: string): Promise<AccountWire | undefined> {
  const [row] = await reader.getDocs('accounts', [id]);
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
  await writeDocs(tx, changes, 'accounts', [next as unknown as WireDoc]);
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
}

/** Create a user and its account document directly (first start, demo, tests). */
export async function createAccount(tx: StorageTx, changes: ChangeSet, a: NewAccount): Promise<UserRow> {
  const now = Date.now();
  const by = a.createdBy ?? 'system';
  const account: AccountWire = {
    id: a.id ?? randomUUID(),
    orgPath: a.orgPath,
    createdAt: now,
    createdBy: by,
    modifiedAt: now,
    modifiedBy: by,
    role: a.role,
    orgId: a.orgId,
    personId: a.personId ?? '',
    displayName: a.displayName,
    requestedUsername: normalizeUsername(a.username),
    username: normalizeUsername(a.username),
    status: 'active',
    mustChangePassword: a.mustChangePassword,
    initialPassword: '',
    disabledAt: 0,
    _deleted: false,
  };
  const user = userFromAccount(account, {
    username: account.username,
    passwordHash: await hashPassword(a.password),
    mustChangePassword: a.mustChangePassword,
    now,
  });
  await tx.insertUser(user);
  await writeDocs(tx, changes, 'accounts', [account as unknown as WireDoc]);
  return user;
}
