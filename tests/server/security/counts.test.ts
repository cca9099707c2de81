/**
 * Issue 12.1 — GET /api/sync/counts, the totals of the first sync's
 * progress: each count is what the caller's own pull delivers, never
 * more, and a collection the caller may not read is not answered at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableCollections } from '@/domain/auth/permissions';
import { COLLECTION_NAMES, type CollectionName } from '@/domain/schemas';
import { commit } from '../../../sync-server/src/replication/commit';
import { writeDocs } from '../../../sync-server/src/replication/docs';
import { PATHS, person, USERS } from '../fixtures';
import { createHarness, STORAGE_KINDS, type Harness } from '../helpers';

type Counts = Partial<Record<CollectionName, number>>;

describe.each(STORAGE_KINDS)('sync counts (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
    // s-b1 moves from school B to school A: school B's pull now delivers its departure.
    await commit(h.storage, h.app.hub, (tx, changes) =>
      writeDocs(tx, changes, 'people', [{ ...person('s-b1', 'student', PATHS.classA, 'sch-a', 'cls-a1'), modifiedAt: 1_700_000_000_001 }]),
    );
  });
  afterAll(async () => h?.close());

  async function countsOf(token: string): Promise<Counts> {
    const res = await h.get('/api/sync/counts', token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return (res.json() as { counts: Counts }).counts;
  }

  it.each(Object.keys(USERS))('answers %s exactly what its own pull delivers, readable collections only', async (username) => {
    const token = await h.login(username);
    const counts = await countsOf(token);
    const user = USERS[username];
    if (!user) throw new Error(username);
    const readable = readableCollections({ id: `acc-${username}`, ...user, personId: user.personId ?? '' });
    expect(Object.keys(counts).sort()).toEqual([...readable].sort());
    for (const name of readable) expect({ name, count: counts[name] }).toEqual({ name, count: (await h.pullAll(name, token)).length });
  });

  it('leaves out what a role may not read: no accounts for a safety leader and none of its school’s ID numbers, no stats for a teacher', async () => {
    const safety = await countsOf(await h.login('safetya'));
    // A safety leader reads the injured of its school's accidents (none here), never the roster's identities.
    expect(safety.identities).toBe(0);
    expect(safety).not.toHaveProperty('accounts');
    expect(safety).not.toHaveProperty('stats');
    const teacher = await countsOf(await h.login('teachera'));
    expect(COLLECTION_NAMES.filter((c) => c in teacher)).not.toContain('stats');
    // A teacher reads its own identity only, not its school's five.
    expect(teacher.identities).toBe(1);
  });

  it('counts another school’s documents for nobody of this one: school B is answered for school B only', async () => {
    const schoolB = await countsOf(await h.login('schoolb'));
    const county = await countsOf(await h.login('county1'));
    // School B: t-b and the departure of s-b1 (moved to A); the county: all five people.
    expect(schoolB.people).toBe(2);
    expect(county.people).toBe(5);
    expect(schoolB.identities).toBe(2);
  });

  it('refuses without a session', async () => {
    const res = await h.get('/api/sync/counts');
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('people');
  });
});
