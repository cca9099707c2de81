/**
 * Issue 7.4 — sign-in cannot be hammered or read by its timing, and
 * sessions end after an absolute lifetime however much they are used.
 */
import type * as NodeCrypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { account, by, PATHS, PASSWORD } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

/** The cost parameter N of every scrypt call the server makes, in order. */
const scryptWork: number[] = vi.hoisted(() => []);
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof NodeCrypto>();
  const scrypt = (...args: Parameters<typeof crypto.scrypt>) => {
    const options = args[3];
    if (typeof options === 'object' && options !== null) scryptWork.push(options.N ?? options.cost ?? 0);
    return Reflect.apply(crypto.scrypt, crypto, args);
  };
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

describe.each(STORAGE_KINDS)('sign-in under attack (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind, { sessionMaxLifetimeMs: 1500 });
  });
  afterAll(async () => h?.close());

  it('checks at most a handful of 100 parallel wrong passwords for one account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        h.post('/api/auth/login', { username: 'town1', password: `guess-${i}-Aa9` }, undefined, { remoteAddress: `10.9.${i}.1` }),
      ),
    );
    const checked = answers.filter((r) => r.statusCode === 401).length;
    const throttled = answers.filter((r) => r.statusCode === 429).length;
    expect(checked + throttled).toBe(100);
    expect(checked).toBeLessThanOrEqual(6);
  });

  it('does the same scrypt work to refuse an unknown name, a normal account and one still on its initial password', async () => {
    // An account still on its (cheaper-hashed) initial password.
    const admin = await h.login('schoola');
    const fresh = by('schoola', account('acc-fresh', 'student', 'cls-a1', PATHS.classA, {
      personId: 's-a2',
      requestedUsername: 'fresh',
      initialPassword: 'Fresh-pass-4826',
    }));
    expect((await h.push('accounts', [row(fresh)], admin)).refused).toEqual([]);
    let address = 0;
    const refusalWork = async (username: string) => {
      scryptWork.length = 0;
      // A new address and a name that is not locked: only the password check runs.
      const res = await h.post('/api/auth/login', { username, password: 'not-the-Pass-1' }, undefined, { remoteAddress: `10.8.0.${++address}` });
      expect(res.statusCode).toBe(401);
      return scryptWork.reduce((sum, n) => sum + n, 0);
    };
    // scrypt's time is linear in N: equal sums of N are equal times, whatever the machine's load
    // (the wall-clock ratio is measured by `npm run bench`, module server-signin-timing).
    const normal = await refusalWork('county1');
    expect(normal).toBeGreaterThan(0);
    expect(await refusalWork('nobody-a')).toBe(normal);
    // Before the fix an initial-password account cost a quarter of the work (N 4096 against 16384).
    expect(await refusalWork('fresh')).toBe(normal);
  });

  it('ends a session at its absolute lifetime even while it is in use', async () => {
    const token = await h.login('safetya');
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(200);
    const deadline = Date.now() + 1600;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      await h.get('/api/auth/me', token);
    }
    const late = await h.get('/api/auth/me', token);
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('session_invalid');
    expect((await h.post('/api/auth/login', { username: 'safetya', password: PASSWORD })).statusCode).toBe(200);
  });
});
