/**
 * Slows down password guessing, per account and per address. An attempt
 * is counted the moment it starts, before the password is checked: a
 * hundred guesses sent at once get the same few checks as a hundred sent
 * one after another. After `free` attempts without a success, each further
 * attempt locks the key for a delay that doubles each time, up to
 * `maxDelayMs`; a success clears the key. Attempts are forgotten after
 * `forgetAfterMs` without one.
 *
 * Where the attempts are kept: in memory with SQLite (one process); in the
 * database with PostgreSQL, so every process behind the load balancer
 * counts the same attempts (storage `attempts`, compare-and-set updates).
 */
import type { AttemptRow, AttemptTable } from '../storage/types';

export interface ThrottlePolicy {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** Schools share one address behind NAT: more slack per address. */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 30, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

export type Entry = AttemptRow;

function forgotten(entry: Entry, policy: ThrottlePolicy, now: number): boolean {
  return now - entry.lastAttemptAt > policy.forgetAfterMs && now >= entry.lockedUntil;
}

/** One attempt on a key: the wait when it is locked (nothing counted), else the entry with it counted. */
export function attempt(stored: Entry | undefined, policy: ThrottlePolicy, now: number): { wait: number; entry?: Entry } {
  const live = stored && !forgotten(stored, policy, now) ? stored : undefined;
  if (live && live.lockedUntil > now) return { wait: live.lockedUntil - now };
  const attempts = (live?.attempts ?? 0) + 1;
  const over = attempts - policy.free;
  const lockedUntil = over > 0 ? now + Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (over - 1)) : (live?.lockedUntil ?? 0);
  return { wait: 0, entry: { attempts, lastAttemptAt: now, lockedUntil } };
}

export interface Throttle {
  /**
   * Start an attempt: 0 when it may go ahead (and is now counted), else the
   * milliseconds to wait. Call `succeed` when it turns out right.
   */
  begin(key: string): Promise<number>;
  succeed(key: string): Promise<void>;
}

const MAX_KEYS = 50_000;

export class MemoryThrottle implements Throttle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(key: string): Promise<number> {
    const { wait, entry } = attempt(this.entries.get(key), this.policy, this.now());
    if (!entry) return wait;
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.prune();
    return 0;
  }

  async succeed(key: string): Promise<void> {
    this.entries.delete(key);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (forgotten(entry, this.policy, now)) this.entries.delete(key);
    // Still full (an attack from many keys): drop the oldest entries.
    const excess = this.entries.size - MAX_KEYS;
    if (excess > 0) for (const key of [...this.entries.keys()].slice(0, excess)) this.entries.delete(key);
  }
}

/** Tries before giving up on a key many processes update at once (then the attempt is refused). */
const MAX_RACES = 20;
/** Forgotten entries are swept about once per this many attempts. */
const SWEEP_EVERY = 1_000;

export class SharedThrottle implements Throttle {
  private count = 0;

  constructor(
    private readonly table: AttemptTable,
    /** 'account' or 'address': one table holds both. */
    private readonly kind: string,
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(key: string): Promise<number> {
    if (++this.count % SWEEP_EVERY === 0) await this.table.sweep(this.kind, this.now() - this.policy.forgetAfterMs);
    for (let race = 0; race < MAX_RACES; race++) {
      const stored = await this.table.get(this.kind, key);
      const { wait, entry } = attempt(stored, this.policy, this.now());
      if (!entry) return wait;
      // Written only if nobody counted an attempt in between; else count again.
      if (await this.table.put(this.kind, key, entry, stored)) return 0;
    }
    return this.policy.baseDelayMs;
  }

  async succeed(key: string): Promise<void> {
    await this.table.delete(this.kind, key);
  }
}

export function createThrottle(table: AttemptTable | undefined, kind: string, policy: ThrottlePolicy, now?: () => number): Throttle {
  return table ? new SharedThrottle(table, kind, policy, now) : new MemoryThrottle(policy, now);
}
