/**
 * What an administrator does to the accounts of its subtree over the API:
 * reset a password, disable or enable an account, list and revoke devices.
 * The same rule as editing the account document decides who may.
 */
import { generateInitialPassword } from '#domain/accounts/password';
import { checkWriteAccess, managesRole, type DocLike, type Principal } from '#domain/auth/permissions';
import { isAdminRole } from '#domain/auth/roles';
import { notFound } from '../errors';
import { commit } from '../replication/commit';
import type { ChangeHub } from '../replication/hub';
import type { SessionRow, Storage } from '../storage/types';
import { finalUsername, loadAccountDoc, patchAccountDoc, userFromAccount, type AccountWire } from './accounts';
import { hashPassword, INITIAL_PASSWORD_SCRYPT } from './passwords';

/** May `actor` manage (reset, disable, see devices of) this account? */
export function canManageAccount(actor: Principal, account: AccountWire): boolean {
  if (account.id === actor.id || !isAdminRole(actor.role)) return false;
  const doc = account as unknown as DocLike;
  return checkWriteAccess(actor, 'accounts', doc, doc).ok && managesRole(actor, account.role, account.orgPath);
}

export class AccountAdmin {
  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    private readonly now: () => number = Date.now,
  ) {}

  /** Load an account the actor may manage; the same 404 when it does not exist or lies outside its scope. */
  async manageableAccount(actor: Principal, accountId: string): Promise<AccountWire> {
    const account = await loadAccountDoc(this.storage, accountId);
    if (!account || account._deleted || !canManageAccount(actor, account)) throw notFound('账号不存在', 'account_not_found');
    return account;
  }

  /**
   * A new random initial password; the next sign-in must change it. It is
   * returned to the administrator who asked, once, and stored nowhere in
   * clear: not in the account document, which others replicate.
   */
  async resetPassword(actor: Principal, accountId: string): Promise<{ initialPassword: string; username: string }> {
    await this.manageableAccount(actor, accountId);
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword, INITIAL_PASSWORD_SCRYPT);
    const now = this.now();
    const username = await commit(this.storage, this.hub, async (tx, changes) => {
      const account = await loadAccountDoc(tx, accountId);
      if (!account) throw notFound('账号不存在', 'account_not_found');
      let user = await tx.findUserById(accountId);
      if (user) {
        await tx.updateUser(user.id, { passwordHash, mustChangePassword: true, passwordChangedAt: now });
        for (const id of await tx.revokeUserSessions(user.id, now)) changes.closedSessions.add(id);
      } else {
        const username = await finalUsername(tx, account.requestedUsername, account.displayName);
        user = userFromAccount(account, { username, passwordHash, mustChangePassword: true, now });
        await tx.insertUser(user);
      }
      const status = user.disabled ? 'disabled' : 'active';
      await patchAccountDoc(tx, changes, accountId, { mustChangePassword: true, username: user.username, status }, actor.id);
      return user.username;
    });
    return { initialPassword, username };
  }

  async setDisabled(actor: Principal, accountId: string, disabled: boolean): Promise<AccountWire> {
    await this.manageableAccount(actor, accountId);
    const now = this.now();
    return commit(this.storage, this.hub, async (tx, changes) => {
      const user = await tx.findUserById(accountId);
      if (user) {
        await tx.updateUser(accountId, { disabled });
        if (disabled) {
          for (const id of await tx.revokeUserSessions(accountId, now)) changes.closedSessions.add(id);
          changes.closedUsers.add(accountId);
        }
      }
      const status = disabled ? 'disabled' : user ? 'active' : 'pending';
      const doc = await patchAccountDoc(tx, changes, accountId, { status, disabledAt: disabled ? now : 0 }, actor.id);
      if (!doc) throw notFound('账号不存在', 'account_not_found');
      return doc;
    });
  }

  async listDevices(actor: Principal, accountId: string): Promise<SessionRow[]> {
    if (accountId !== actor.id) await this.manageableAccount(actor, accountId);
    return this.storage.listSessions(accountId);
  }

  async revokeDevice(actor: Principal, sessionId: string): Promise<void> {
    const session = await this.storage.findSession(sessionId);
    if (!session) throw notFound('设备不存在', 'device_not_found');
    if (session.userId !== actor.id) {
      await this.manageableAccount(actor, session.userId).catch(() => {
        throw notFound('设备不存在', 'device_not_found');
      });
    }
    await commit(this.storage, this.hub, async (tx, changes) => {
      await tx.revokeSession(sessionId, this.now());
      changes.closedSessions.add(sessionId);
    });
  }
}

