/**
 * Issue 9.11 — a school's information administrator opens the school's
 * safety vice-principal (the other half of the school's pair of accounts),
 * and nothing more: not another school's, not an administrator, and an
 * account it opened cannot be turned into one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, by, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

describe.each(STORAGE_KINDS)('the school pair of accounts (%s)', (kind) => {
  let h: Harness;
  let schoolA: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    schoolA = await h.login('schoola');
  });
  afterAll(async () => h?.close());

  const leader = (id: string, orgId: string, orgPath: string, extra = {}) =>
    by('schoola', account(id, 'safety_leader', orgId, orgPath, { requestedUsername: id, initialPassword: 'Leader-pass-5172', ...extra }));

  it('opens its own school’s safety leader, who can then sign in', async () => {
    const res = await h.push('accounts', [row(leader('acc-leader-a', 'sch-a', PATHS.schoolA))], schoolA);
    expect(res.refused).toEqual([]);
    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-leader-a');
    expect(stored).toMatchObject({ role: 'safety_leader', status: 'active' });
    // And manages it like any account below it.
    expect((await h.post('/api/admin/accounts/acc-leader-a/reset-password', {}, schoolA)).statusCode).toBe(200);
  });

  it('refuses another school’s safety leader, a school administrator, and promoting the leader it opened', async () => {
    const elsewhere = await h.push('accounts', [row(leader('acc-leader-b', 'sch-b', PATHS.schoolB))], schoolA);
    expect(elsewhere.refused.map((r) => r.code)).toEqual(['out_of_scope']);
    const peer = by('schoola', account('acc-admin-a2', 'school_admin', 'sch-a', PATHS.schoolA, { initialPassword: 'Admin-pass-5172' }));
    expect((await h.push('accounts', [row(peer)], schoolA)).refused.map((r) => r.code)).toEqual(['role_too_high']);

    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-leader-a');
    if (!stored) throw new Error('acc-leader-a missing');
    const promoted = by('schoola', { ...stored, role: 'school_admin' } as never, stored as never) as Record<string, unknown>;
    expect((await h.push('accounts', [row(promoted, stored)], schoolA)).refused.map((r) => r.code)).toEqual(['role_too_high']);
    // The school's existing administrator peers stay out of reach: another school admin's account.
    expect((await h.post('/api/admin/accounts/acc-schoolb/reset-password', {}, schoolA)).statusCode).toBe(404);
  });

  it('leaves the safety leader itself without any say over accounts', async () => {
    const safety = await h.login('safetya');
    const classroom = by('safetya', account('acc-room-x', 'classroom', 'sch-a', PATHS.schoolA, { initialPassword: 'Room-pass-5172' }));
    expect((await h.push('accounts', [row(classroom)], safety)).status).not.toBe(200);
  });
});
