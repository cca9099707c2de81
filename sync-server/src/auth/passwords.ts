/**
 * Password hashing with scrypt (node:crypto). Stored as
 * `scrypt$N$r$p$salt$hash` (base64), so parameters can be raised later
 * without invalidating existing hashes.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** About 50 ms on a server core; runs on libuv's thread pool. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 16384, r: 8, p: 1 };

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * For one-time initial passwords: random, ten characters, changed at first
 * sign-in, and readable in clear on the account document by the unit's
 * administrators until then (for the printed slips). A slow hash would add
 * nothing while the clear text exists, and an import of 10,000 students
 * hashes 10,000 of them: a quarter of the default cost keeps that in
 * minutes instead of most of an hour on a small server.
 */
export const INITIAL_PASSWORD_SCRYPT: ScryptParams = { N: 4096, r: 8, p: 1 };

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function paramsOf(stored: string): ScryptParams | undefined {
  const [scheme, n, r, p] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  return scheme === 'scrypt' && [params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0) ? params : undefined;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [, , , , salt, hash] = stored.split('$');
  const params = paramsOf(stored);
  if (!params || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Verify at the cost of a default hash, whatever the stored hash's cost:
 * one-time initial passwords are hashed cheaper (INITIAL_PASSWORD_SCRYPT),
 * and a refusal that came back faster for them would tell an attacker
 * which accounts still wait for their first sign-in. The difference is
 * made up with throwaway hashes at the stored cost (scrypt's time is
 * linear in N).
 */
export async function verifyAtDefaultCost(password: string, stored: string): Promise<boolean> {
  const matches = await verifyPassword(password, stored);
  const params = paramsOf(stored);
  if (params && params.N < DEFAULT_SCRYPT.N) {
    const extra = Math.round(DEFAULT_SCRYPT.N / params.N) - 1;
    for (let i = 0; i < extra; i++) await scrypt(password, DUMMY_SALT, params);
  }
  return matches;
}

const DUMMY_SALT = randomBytes(SALT_LENGTH);

/**
 * A hash of a random password, verified against when the username is
 * unknown so that answering "wrong password" takes as long either way.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
