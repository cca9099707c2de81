/**
 * Slows down password guessing, per account and per address. An attempt
 * is counted the moment it starts, before the password is checked: a
 * hundred guesses sent at once get the same few checks as a hundred sent
 * one after another. After `free` attempts without a success, each further
 * attempt locks the key for a delay that doubles each time, up to
 * `maxDelayMs`; a success clears the key. Attempts are forgotten after
 * `forgetAfterMs` without one. Kept in memory: one server process.
 */
export interface ThrottlePolicy {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** Schools share one address behind NAT: more slack per address. */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 30, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

interface Entry {
  attempts: number;
  lastAttemptAt: number;
  lockedUntil: number;
}

const MAX_KEYS = 50_000;

export class Throttle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again (0 = now). */
  retryAfter(key: string): number {
    const entry = this.live(key);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  /**
   * Start an attempt: 0 when it may go ahead (and is now counted), else the
   * milliseconds to wait. Call `succeed` when it turns out right.
   */
  begin(key: string): number {
    const wait = this.retryAfter(key);
    if (wait > 0) return wait;
    const now = this.now();
    const entry = this.live(key) ?? { attempts: 0, lastAttemptAt: now, lockedUntil: 0 };
    entry.attempts += 1;
    entry.lastAttemptAt = now;
    const over = entry.attempts - this.policy.free;
    if (over > 0) entry.lockedUntil = now + Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (over - 1));
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.prune();
    return 0;
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastAttemptAt > this.policy.forgetAfterMs && this.now() >= entry.lockedUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    for (const key of [...this.entries.keys()]) this.live(key);
    // Still full (an attack from many keys): drop the oldest entries.
    const excess = this.entries.size - MAX_KEYS;
    if (excess > 0) for (const key of [...this.entries.keys()].slice(0, excess)) this.entries.delete(key);
  }
}
