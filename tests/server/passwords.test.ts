import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, INITIAL_PASSWORD_SCRYPT, verifyPassword } from '../../sync-server/src/auth/passwords';

describe('password hashes', () => {
  it('store their scrypt cost, so one-time initial passwords can be cheaper and still verify', async () => {
    const initial = await hashPassword('Kx7mPq3rWt', INITIAL_PASSWORD_SCRYPT);
    const chosen = await hashPassword('my-own-Passw0rd');
    expect(initial.split('$')[1]).toBe(String(INITIAL_PASSWORD_SCRYPT.N));
    expect(chosen.split('$')[1]).toBe(String(DEFAULT_SCRYPT.N));
    expect(INITIAL_PASSWORD_SCRYPT.N).toBeLessThan(DEFAULT_SCRYPT.N);
    expect(await verifyPassword('Kx7mPq3rWt', initial)).toBe(true);
    expect(await verifyPassword('Kx7mPq3rWx', initial)).toBe(false);
    expect(await verifyPassword('my-own-Passw0rd', chosen)).toBe(true);
  });
});
