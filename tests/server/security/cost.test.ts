/**
 * Issue 7.3 — expensive work comes after cheap refusals: nothing is
 * hashed, parsed deeply or fanned out for a row that will be refused.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as PasswordsModule from '../../../sync-server/src/auth/passwords';
import { hashPassword } from '../../../sync-server/src/auth/passwords';
import { account, by, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

type Passwords = typeof PasswordsModule;

vi.mock('../../../sync-server/src/auth/passwords', async (importOriginal) => {
  const actual = await importOriginal<Passwords>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

const withPassword = (id: string, classId: string, classPath: string, personId: string, pusher: string) =>
  by(pusher, account(id, 'student', classId, classPath, { personId, initialPassword: `Init-${id}-Pass9`, requestedUsername: id }));

describe.each(STORAGE_KINDS)('cheap refusals first (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(async () => h?.close());

  it('turns away a student pushing 2,000 accounts with initial passwords without hashing one', async () => {
    const student = await h.login('studenta1');
    const rows = Array.from({ length: 2000 }, (_, i) => row(withPassword(`acc-flood-${i}`, 'cls-a1', PATHS.classA, 's-a1', 'studenta1')));
    vi.mocked(hashPassword).mockClear();
    const res = await h.post('/api/sync/accounts/push', rows, student);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden_collection');
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it('hashes only the rows it will write when an administrator’s batch is mostly refused', async () => {
    const admin = await h.login('schoola');
    const foreign = Array.from({ length: 100 }, (_, i) => row(withPassword(`acc-foreign-${i}`, 'cls-b1', PATHS.classB, 's-b1', 'schoola')));
    const good = row(withPassword('acc-good', 'cls-a1', PATHS.classA, 's-a2', 'schoola'));
    vi.mocked(hashPassword).mockClear();
    const res = await h.push('accounts', [...foreign, good], admin);
    expect(res.refused).toHaveLength(100);
    expect(new Set(res.refused.map((r) => r.code))).toEqual(new Set(['out_of_scope']));
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });
});
