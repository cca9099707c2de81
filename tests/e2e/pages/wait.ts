// Polling without fixed sleeps: wait until a condition holds, and say what
// was last seen when it never does.

export interface UntilOptions {
  timeout?: number;
  interval?: number;
  /** What is being waited for, for the error message. */
  what?: string;
}

/**
 * Calls `probe` until `accept` returns true for its result; returns that
 * result. Errors thrown by `probe` count as "not yet" (the page may be
 * between two renders) and are reported if time runs out.
 */
export async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, options: UntilOptions = {}): Promise<T> {
  const { timeout = 60_000, interval = 250, what = 'condition' } = options;
  const deadline = Date.now() + timeout;
  let last: { value?: T; error?: unknown } = {};
  for (;;) {
    try {
      const value = await probe();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) {
      const seen = 'error' in last && last.error !== undefined ? `error: ${String(last.error)}` : `last value: ${JSON.stringify(last.value)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
