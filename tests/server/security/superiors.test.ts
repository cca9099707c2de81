/**
 * Issue 9.6 — a school sees who entered or reviewed its records by name and
 * unit, so administrators read the accounts of the units above them (their
 * administrators), and nothing more: not sibling units' accounts, not a
 * password, and they cannot change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { by, type account } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

type AccountWire = ReturnType<typeof account>;

describe.each(STORAGE_KINDS)('accounts of the units above (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(async () => h?.close());

  it('lets a school administrator read its township’s and county’s administrators, not another school’s accounts', async () => {
    const docs = await h.pullAll('accounts', await h.login('schoola'));
    const ids = docs.map((d) => d.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['acc-county1', 'acc-town1', 'acc-schoola', 'acc-teachera']));
    expect(ids).not.toContain('acc-schoolb');
    expect(ids).not.toContain('acc-teacherb');
    expect(ids).not.toContain('acc-admin');
    // No secret travels with them.
    expect(docs.every((d) => d.initialPassword === '' && !('passwordHash' in d))).toBe(true);
  });

  it('refuses a school administrator’s change to its township administrator’s account', async () => {
    const token = await h.login('schoola');
    const stored = (await h.pullAll('accounts', token)).find((d) => d.id === 'acc-town1') as unknown as AccountWire;
    expect(stored).toBeDefined();
    const changed = by('schoola', { ...stored, displayName: '冒名' }, stored);
    const res = await h.push('accounts', [row(changed, stored)], token);
    expect(res.refused).toEqual([expect.objectContaining({ id: 'acc-town1', code: 'out_of_scope' })]);
    const again = (await h.pullAll('accounts', await h.login('town1'))).find((d) => d.id === 'acc-town1');
    expect(again?.displayName).toBe('town1');
  });

  it('still gives teachers and safety leaders no accounts at all', async () => {
    for (const user of ['teachera', 'safetya']) {
      const res = await h.get('/api/sync/accounts/pull?limit=10', await h.login(user));
      expect(res.statusCode === 403 || (res.json() as { documents: unknown[] }).documents.length === 0).toBe(true);
    }
  });
});
