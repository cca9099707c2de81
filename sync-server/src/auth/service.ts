/**
 * Sign-in and sessions (one per device): login, token checks, sign-out and
 * password changes. Account administration lives in accountAdmin.ts.
 */
import { isWeakPassword } from '#domain/accounts/password';
import type { Principal } from '#domain/auth/principal';
import { dayNumber, earnsPoints } from '#domain/points/index';
import { forbidden, HttpError, unauthorized } from '../errors';
import { commit } from '../replication/commit';
import type { ChangeHub } from '../replication/hub';
import type { SessionRow, Storage, UserRow } from '../storage/types';
import { normalizeUsername, patchAccountDoc, userJson, type UserJson } from './accounts';
import { dummyPasswordHash, hashPassword, verifyAtDefaultCost, verifyPassword } from './passwords';
import { ACCOUNT_POLICY, ADDRESS_POLICY, createThrottle, type Throttle, type ThrottlePolicy } from './throttle';
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
  /** A session ends after this long without use… */
  sessionTtlMs: number;
  /** …and this long after sign-in, however much it is used. */
  sessionMaxLifetimeMs: number;
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

function tooManyAttempts(waitMs: number): HttpError {
  const seconds = Math.ceil(waitMs / 1000);
  return new HttpError(429, 'too_many_attempts', `密码错误次数过多，请 ${seconds} 秒后再试`, { retryAfter: seconds });
}

export class AuthService {
  private readonly accountThrottle: Throttle;
  private readonly addressThrottle: Throttle;
  private readonly now: () => number;
  private readonly pending = new Set<Promise<unknown>>();
  /** The day each user's sign-in was last recorded by this process (saves a write per request). */
  private readonly signedInOn = new Map<string, number>();
  /** Told when an account signs in on a day new for it (the statistics owner recounts its school's points). */
  onNewSignInDay: ((orgPath: string) => void) | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    private readonly options: AuthOptions,
  ) {
    this.now = options.now ?? Date.now;
    // Shared by every process on PostgreSQL; in memory with SQLite (one process).
    const shared = storage.kind === 'postgres' ? storage.attempts : undefined;
    this.accountThrottle = createThrottle(shared, 'account', options.accountPolicy ?? ACCOUNT_POLICY, this.now);
    this.addressThrottle = createThrottle(shared, 'address', options.addressPolicy ?? ADDRESS_POLICY, this.now);
    // Made now, not at the first unknown username: that refusal would otherwise cost two hashes.
    void dummyPasswordHash();
  }

  /** Count the attempt before any password is checked; 429 when the key is locked. */
  private async beginAttempt(keys: { account: string; address?: string }): Promise<void> {
    const [forAccount, forAddress] = await Promise.all([
      this.accountThrottle.begin(keys.account),
      keys.address === undefined ? 0 : this.addressThrottle.begin(keys.address),
    ]);
    const wait = Math.max(forAccount, forAddress);
    if (wait > 0) throw tooManyAttempts(wait);
  }

  async login(input: LoginInput): Promise<LoginResult> {
    const username = normalizeUsername(input.username);
    await this.beginAttempt({ account: username, address: input.ip });
    const user = username ? await this.storage.findUserByUsername(username) : undefined;
    const password = input.password.slice(0, MAX_PASSWORD_LENGTH);
    // Unknown names and initial passwords cost a default hash too, so timing does not tell them apart.
    const matches = await verifyAtDefaultCost(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !matches) throw unauthorized('用户名或密码错误', 'invalid_credentials');
    await Promise.all([this.accountThrottle.succeed(username), this.addressThrottle.succeed(input.ip)]);
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
      expiresAt: this.expiryOf(now, now),
      revokedAt: 0,
    };
    await this.storage.transaction((tx) => tx.insertSession(session));
    // Bookkeeping for points: never a reason to refuse a sign-in.
    await this.recordSignIn(user, now).catch(() => undefined);
    return { token, user: userJson(user), expiresAt: session.expiresAt };
  }

  /**
   * The day counts as signed in (空间登录, the points rule): on sign-in and
   * on any use of a session, by the server's clock and for the account the
   * token belongs to. A device that signs in offline is counted on the
   * days it reaches the server: a device's own claim of days it was used
   * is not taken, since nothing could check it (a streak could be invented).
   * Only accounts that earn points are recorded (school staff): students'
   * and classroom computers' days would be most of the rows and score nothing.
   */
  private async recordSignIn(user: UserRow, now: number): Promise<void> {
    const day = dayNumber(now);
    if (!earnsPoints(user.role) || this.signedInOn.get(user.id) === day) return;
    // Yesterday's entries are of no use any more: forget them rather than grow.
    if (this.signedInOn.size > 50_000) this.signedInOn.clear();
    this.signedInOn.set(user.id, day);
    try {
      if (await this.storage.transaction((tx) => tx.recordSignInDay(user.id, day, user.orgPath))) this.onNewSignInDay?.(user.orgPath);
    } catch (error) {
      this.signedInOn.delete(user.id);
      throw error;
    }
  }

  /** Idle expiry, never past the absolute lifetime. */
  private expiryOf(createdAt: number, now: number): number {
    return Math.min(now + this.options.sessionTtlMs, createdAt + this.options.sessionMaxLifetimeMs);
  }

  /** The signed-in user behind a bearer token; 401 unless valid, unexpired, unrevoked and enabled. */
  async authenticate(token: string | undefined): Promise<AuthContext> {
    if (!token) throw unauthorized();
    const session = await this.storage.findSessionByTokenHash(hashToken(token));
    const now = this.now();
    if (!session || session.revokedAt > 0 || session.expiresAt <= now || now >= session.createdAt + this.options.sessionMaxLifetimeMs) {
      throw unauthorized('登录已失效，请重新登录', 'session_invalid');
    }
    const user = await this.storage.findUserById(session.userId);
    if (!user) throw unauthorized('登录已失效，请重新登录', 'session_invalid');
    if (user.disabled) throw unauthorized('账号已停用，请联系上级管理员', 'account_disabled');
    if (earnsPoints(user.role) && this.signedInOn.get(user.id) !== dayNumber(now)) this.track(this.recordSignIn(user, now));
    if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) {
      const expiresAt = this.expiryOf(session.createdAt, now);
      this.track(this.storage.touchSession(session.id, now, expiresAt));
      session.lastSeenAt = now;
      session.expiresAt = expiresAt;
    }
    return { user, session, principal: principalOf(user) };
  }

  async logout(ctx: AuthContext): Promise<void> {
    await commit(this.storage, this.hub, async (tx, changes) => {
      await tx.revokeSession(ctx.session.id, this.now());
      changes.closedSessions.add(ctx.session.id);
    });
  }

  async changePassword(ctx: AuthContext, oldPassword: string, newPassword: string): Promise<UserJson> {
    await this.beginAttempt({ account: ctx.user.username });
    if (!(await verifyPassword(oldPassword.slice(0, MAX_PASSWORD_LENGTH), ctx.user.passwordHash))) {
      throw forbidden('wrong_password', '原密码不正确');
    }
    await this.accountThrottle.succeed(ctx.user.username);
    if (newPassword.length > MAX_PASSWORD_LENGTH) throw new HttpError(400, 'weak_password', '新密码过长');
    if (isWeakPassword(newPassword)) throw new HttpError(400, 'weak_password', WEAK_PASSWORD_MESSAGE);
    if (newPassword === oldPassword) throw new HttpError(400, 'same_password', '新密码不能与原密码相同');
    const passwordHash = await hashPassword(newPassword);
    const now = this.now();
    await commit(this.storage, this.hub, async (tx, changes) => {
      await tx.updateUser(ctx.user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: now });
      // Other devices sign in again with the new password.
      for (const id of await tx.revokeUserSessions(ctx.user.id, now, ctx.session.id)) changes.closedSessions.add(id);
      await patchAccountDoc(tx, changes, ctx.user.id, { mustChangePassword: false }, ctx.user.id);
    });
    return userJson({ ...ctx.user, passwordHash, mustChangePassword: false });
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
