import { ApiError } from '@/api/apiClient';

/** Where the gate learns whether the browser has a network (navigator.onLine and its events). */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` on each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export const browserConnectivity: Connectivity = {
  isOnline: () => globalThis.navigator?.onLine ?? true,
  subscribe(listener) {
    globalThis.addEventListener?.('online', listener);
    globalThis.addEventListener?.('offline', listener);
    return () => {
      globalThis.removeEventListener?.('online', listener);
      globalThis.removeEventListener?.('offline', listener);
    };
  },
};

export interface BackoffBounds {
  minDelay: number;
  maxDelay: number;
}

/** Wait after `failures` unanswered requests in a row: min, 2·min, 4·min … capped at max. */
export function backoffDelay(failures: number, { minDelay, maxDelay }: BackoffBounds): number {
  if (failures <= 0) return 0;
  return Math.min(minDelay * 2 ** Math.min(failures - 1, 30), maxDelay);
}

/** The server did not answer (network gone, proxy says the server is down) — not a refusal. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.isNetwork || error.status === 502 || error.status === 503 || error.status === 504;
}

export type GateState = { kind: 'open' } | { kind: 'offline' } | { kind: 'backoff'; retryAt: number };

export class GateClosed extends Error {
  /** Read by the sync page's error text: stopping is no error to show. */
  readonly code = 'sync_stopped';
  constructor() {
    super('sync stopped');
    this.name = 'GateClosed';
  }
}

export interface RequestGateOptions extends Partial<BackoffBounds> {
  connectivity?: Connectivity;
  now?: () => number;
  onChange?: (state: GateState) => void;
}

/**
 * One gate in front of every sync request of a session (the ten
 * collections and the change stream). While the browser is offline nothing
 * goes out: callers wait for the `online` event. When the server does not
 * answer, the next attempt waits exponentially longer, and only one caller
 * probes; the others wait for its outcome — so an unreachable server sees
 * one request per back-off step, not one per collection every few seconds.
 */
export class RequestGate {
  private failures = 0;
  private retryAt = 0;
  private probing = false;
  /** Bumped by each outcome: requests that went out together fail together, and count once. */
  private epoch = 0;
  private closed = false;
  private waiters = new Set<() => void>();
  private readonly bounds: BackoffBounds;
  private readonly connectivity: Connectivity;
  private readonly now: () => number;
  private readonly unsubscribe: () => void;
  private lastState = '';

  constructor(private readonly options: RequestGateOptions = {}) {
    this.bounds = { minDelay: options.minDelay ?? 2000, maxDelay: options.maxDelay ?? 30_000 };
    this.connectivity = options.connectivity ?? browserConnectivity;
    this.now = options.now ?? Date.now;
    this.unsubscribe = this.connectivity.subscribe(() => {
      // Back online: try at once rather than finishing a back-off meant for the old network.
      if (this.connectivity.isOnline()) this.failures = 0;
      this.wake();
    });
  }

  state(): GateState {
    if (!this.connectivity.isOnline()) return { kind: 'offline' };
    if (this.failures > 0) return { kind: 'backoff', retryAt: this.retryAt };
    return { kind: 'open' };
  }

  /** Run one request through the gate, recording whether the server answered. */
  async run<T>(request: () => Promise<T>): Promise<T> {
    await this.pass();
    const epoch = this.epoch;
    try {
      const result = await request();
      this.answered();
      return result;
    } catch (error) {
      if (isUnreachable(error)) this.unanswered(epoch);
      else this.answered();
      throw error;
    } finally {
      this.probing = false;
    }
  }

  /** Resolves when a request may go out; throws GateClosed once the gate is closed. */
  async pass(): Promise<void> {
    for (;;) {
      if (this.closed) throw new GateClosed();
      if (!this.connectivity.isOnline()) {
        await this.nextWake(null);
        continue;
      }
      if (this.failures === 0) return;
      const wait = this.retryAt - this.now();
      if (wait > 0) {
        await this.nextWake(wait);
        continue;
      }
      if (this.probing) {
        await this.nextWake(null);
        continue;
      }
      this.probing = true;
      return;
    }
  }

  /** The server answered (even with a refusal): requests flow freely again. */
  answered(): void {
    this.epoch += 1;
    this.failures = 0;
    this.probing = false;
    this.wake();
  }

  /**
   * The server did not answer: wait longer before the next probe. `sentIn`
   * (the epoch the request went out in) keeps a wave of requests that were
   * all in flight from counting as many failures.
   */
  unanswered(sentIn = this.epoch): void {
    if (sentIn !== this.epoch) return;
    this.epoch += 1;
    this.failures += 1;
    this.retryAt = this.now() + backoffDelay(this.failures, this.bounds);
    this.probing = false;
    this.wake();
  }

  /** Stop: every waiting caller throws GateClosed (so stopping sync never hangs offline). */
  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.wake();
  }

  private nextWake(ms: number | null): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === null ? undefined : setTimeout(done, ms);
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      }
      waiters.add(done);
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.report();
  }

  private report(): void {
    const state = this.state();
    const key = JSON.stringify(state);
    if (key === this.lastState) return;
    this.lastState = key;
    this.options.onChange?.(state);
  }
}
