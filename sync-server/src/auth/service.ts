/**
 * Sign-in, sessions (one per device), password changes and the
 * administrator's account operations.
 */
import { generateInitialPassword, isWeakPassword } from '../../../src/domain/accounts/password';
import { checkWrite, type Principal } from '../../../src/domain/auth/permissions';
import { forbidden, HttpError, notFound, unauthorized } from '../errors';
import { commit } from '../replication/commit';
import { toWire } from '../replication/docs';
import type { ChangeHub } from '../replication/hub';
import type { SessionRow, Storage, UserRow } from '../storage/types';
import {
  finalUsername,
  loadAccountDoc,
  normalizeUsername,
  patchAccountDoc,
  userJson,
  type AccountWire,
  type UserJson,
} from './accounts';
import { dummyPasswordHash, hashPassword, INITIAL_PASSWORD_SCRYPT, verifyPassword } from './passwords';
import { ACCOUNT_POLICY, ADDRESS_POLICY, Throttle, type ThrottlePolicy } from './throttle';
import { hashToken, newSessionId, newToken } from './tokens';

export interface AuthContext {
  user: UserRow;
  session: SessionRow;
  principal: Principal;
}

export interface LoginInput {
  username: string;
  password: string;
  deviceLabel?: string;
  ip: string;
  userAgent: string;
}

export interface LoginResult {
  token: string;
  user: UserJson;
  expiresAt: number;
}

export interface AuthOptions {
  sessionTtlMs: number;
  accountPolicy?: ThrottlePolicy;
  addressPolicy?: ThrottlePolicy;
  now?: () => number;
}

/** Sliding expiry is refreshed at most this often per session. */
const TOUCH_INTERVAL_MS = 60_000;
const MAX_PASSWORD_LENGTH = 200;

export const WEAK_PASSWORD_MESSAGE = '新密码太简单：至少 8 位，不能是 123456、生日、连续或重复的字符等常见密码';

export function principalOf(user: UserRow): Principal {
  return { id: user.id, role: user.role, orgId: user.orgId, orgPath: user.orgPath, personId: user.personId };
}

/** May `actor` manage (reset, disable, see devices of) this account? Same rule as editing it. */
export function canManageAccount(actor: Principal, account: AccountWire): boolean {
  if (account.id === actor.id) return false;
  const doc = account as unknown as Parameters<typeof checkWrite>[2];
  return checkWrite(actor, 'accounts', doc, doc, { org: () => undefined }).ok;
}

export class AuthService {
  private readonly accountThrottle: Throttle;
  private readonly addressThrottle: Throttle;
  private readonly now: () => number;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    private readonly options: AuthOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.accountThrottle = new Throttle(options.accountPolicy ?? ACCOUNT_POLICY, this.now);
    this.addressThrottle = new Throttle(options.addressPolicy ?? ADDRESS_POLICY, this.now);
  }

  private throttled(keys: { account?: string; address?: string }): void {
    const wait = Math.max(
      keys.account ? this.accountThrottle.retryAfter(keys.account) : 0,
      keys.address ? this.addressThrottle.retryAfter(keys.address) : 0,
    );
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HttpError(429, 'too_many_attempts', `密码错误次数过多，请 ${seconds} 秒后再试`, { retryAfter: seconds });
    }
  }

  async login(input: LoginInput): Promise<LoginResult> {
    const username = normalizeUsername(input.username);
    this.throttled({ account: username, address: input.ip });
    const user = username ? await this.storage.findUserByUsername(username) : undefined;
    const password = input.password.slice(0, MAX_PASSWORD_LENGTH);
    // Unknown names cost a hash too, so timing does not reveal which exist.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !matches) {
      this.accountThrottle.fail(username);
      this.addressThrottle.fail(input.ip);
      throw unauthorized('用户名或密码错误', 'invalid_credentials');
    }
    this.accountThrottle.succeed(username);
    if (user.disabled) throw forbidden('account_disabled', '账号已停用，请联系上级管理员');

    const now = this.now();
    const token = newToken();
    const session: SessionRow = {
      id: newSessionId(),
      userId: user.id,
      tokenHash: hashToken(token),
      label: (input.deviceLabel ?? '').trim().slice(0, 100),
      userAgent: input.userAgent.slice(0, 300),
      ip: input.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + this.options.sessionTtlMs,
      revokedAt: 0,
    };
    await this.storage.transaction((tx) => tx.insertSession(session));
    return { token, user: userJson(user), expiresAt: session.expiresAt };
  }

  /** The signed-in user behind a bearer token; 401 unless valid, unexpired, unrevoked and enabled. */
  async authenticate(token: string | undefined): Promise<AuthContext> {
    if (!token) throw unauthorized();
    const session = await this.storage.findSessionByTokenHash(hashToken(token));
    const now = this.now();
    if (!session || session.revokedAt > 0 || session.expiresAt <= now) {
      throw unauthorized('登录已失效，请重新登录', 'session_invalid');
    }
    const user = await this.storage.findUserById(session.userId);
    if (!user) throw unauthorized('登录已失效，请重新登录', 'session_invalid');
    if (user.disabled) throw unauthorized('账号已停用，请联系上级管理员', 'account_disabled');
    if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) {
      const expiresAt = now + this.options.sessionTtlMs;
      this.track(this.storage.touchSession(session.id, now, expiresAt));
      session.lastSeenAt = now;
      session.expiresAt = expiresAt;
    }
    return { user, session, principal: principalOf(user) };
  }

  async logout(ctx: AuthContext): Promise<void> {
    await this.storage.transaction((tx) => tx.revokeSession(ctx.session.id, this.now()));
    this.hub.closeSessions([ctx.session.id]);
  }

  async changePassword(ctx: AuthContext, oldPassword: string, newPassword: string): Promise<UserJson> {
    const key = ctx.user.username;
    this.throttled({ account: key });
    if (!(await verifyPassword(oldPassword.slice(0, MAX_PASSWORD_LENGTH), ctx.user.passwordHash))) {
      this.accountThrottle.fail(key);
      throw forbidden('wrong_password', '原密码不正确');
    }
    if (newPassword.length > MAX_PASSWORD_LENGTH) throw new HttpError(400, 'weak_password', '新密码过长');
    if (isWeakPassword(newPassword)) throw new HttpError(400, 'weak_password', WEAK_PASSWORD_MESSAGE);
    if (newPassword === oldPassword) throw new HttpError(400, 'same_password', '新密码不能与原密码相同');
    const passwordHash = await hashPassword(newPassword);
    const now = this.now();
    await commit(this.storage, this.hub, async (tx, changes) => {
      await tx.updateUser(ctx.user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: now });
      // Other devices sign in again with the new password.
      for (const id of await tx.revokeUserSessions(ctx.user.id, now, ctx.session.id)) changes.closedSessions.add(id);
      await patchAccountDoc(tx, changes, ctx.user.id, { initialPassword: '', mustChangePassword: false }, ctx.user.id);
    });
    return userJson({ ...ctx.user, passwordHash, mustChangePassword: false });
  }

  /** Load an account the actor may manage; 404 when it does not exist or lies outside its scope. */
  async manageableAccount(actor: Principal, accountId: string): Promise<AccountWire> {
    const [row] = await this.storage.getDocs('accounts', [accountId]);
    const account = row ? (toWire(row) as unknown as AccountWire) : undefined;
    if (!account || account._deleted) throw notFound('账号不存在', 'account_not_found');
    if (!canManageAccount(actor, account)) throw forbidden('out_of_scope', '不能管理本单位管辖范围以外或同级、上级的账号');
    return account;
  }

  /** A new random initial password; the next sign-in must change it. */
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
        user = {
          id: account.id,
          username: await finalUsername(tx, account.requestedUsername, account.displayName),
          passwordHash,
          mustChangePassword: true,
          disabled: account.status === 'disabled',
          role: account.role,
          orgId: account.orgId,
          orgPath: account.orgPath,
          personId: account.personId,
          displayName: account.displayName,
          createdAt: now,
          passwordChangedAt: now,
        };
        await tx.insertUser(user);
      }
      await patchAccountDoc(
        tx,
        changes,
        accountId,
        {
          initialPassword,
          mustChangePassword: true,
          username: user.username,
          status: user.disabled ? 'disabled' : 'active',
        },
        actor.id,
      );
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
    if (session.userId !== actor.id) await this.manageableAccount(actor, session.userId);
    await this.storage.transaction((tx) => tx.revokeSession(sessionId, this.now()));
    this.hub.closeSessions([sessionId]);
  }

  private track(promise: Promise<unknown>): void {
    const p = promise.catch(() => undefined).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Wait for background session touches (before closing storage). */
  async drain(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
