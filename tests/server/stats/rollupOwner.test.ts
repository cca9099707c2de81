/**
 * Issue 14.2 — with several server processes on one PostgreSQL database,
 * one process owns the statistics rollups: it recounts what any process
 * committed, the others do no rollup work, and when the owner dies another
 * takes over and catches up on what was committed meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsDoc } from '@/domain/schemas';
import { by, PATHS, person, userId } from '../fixtures';
import { createCluster, type Cluster, type Node } from '../cluster';
import { row } from '../helpers';

/** The school's student count as the rollups stored it. */
async function students(cluster: Cluster, schoolId: string): Promise<number | undefined> {
  const [found] = (await cluster.sql(`SELECT data FROM docs WHERE collection = 'stats' AND id = 'st-${schoolId}'`)) as { data: string }[];
  return found ? (JSON.parse(found.data) as StatsDoc).figures.units.students : undefined;
}

const student = (id: string) =>
  by('schoola', {
    ...person(id, 'student', PATHS.classA, 'sch-a', 'cls-a1'),
    enteredBy: userId('schoola'),
    review: { status: 'draft' as const, reason: '', by: userId('schoola'), at: Date.now() },
  });

/** A push every row of which is accepted. */
async function pushed(node: Node, rows: unknown[], token: string): Promise<void> {
  expect(await node.push('people', rows, token)).toMatchObject({ refused: [] });
}

describe('statistics rollups owned by one of several processes (postgres)', () => {
  let cluster: Cluster;
  let a: Node;
  let b: Node;
  beforeAll(async () => {
    // The second process tries for the lock every 1.5 s: long enough to push while nobody owns.
    cluster = await createCluster(2, {}, { statsOwnerRetryMs: 1_500 });
    [a, b] = cluster.nodes as [Node, Node];
  });
  afterAll(async () => cluster?.close());

  it('has exactly one owner, which recounts what the other process committed; the other does no rollup work', async () => {
    await a.app.statsOwner.settled();
    expect([a.app.statsOwner.owns, b.app.statsOwner.owns]).toEqual([true, false]);
    const before = (await students(cluster, 'sch-a')) ?? 0;
    const runsBefore = a.app.statsRollups.runs;
    await pushed(b, [row(student('s-own1')), row(student('s-own2'))], await b.login('schoola'));
    await expect.poll(() => students(cluster, 'sch-a'), { timeout: 10_000 }).toBe(before + 2);
    expect(a.app.statsRollups.runs).toBeGreaterThan(runsBefore);
    expect(b.app.statsRollups.runs).toBe(0);
    // Only the owner holds the lock: one advisory lock held across the database.
    expect(await cluster.sql("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1")).toHaveLength(1);
  });

  it('lets the other process take over when the owner dies, catching up on changes committed while nobody owned', async () => {
    const before = (await students(cluster, 'sch-a')) ?? 0;
    const token = await b.login('schoola');
    await a.app.close();
    // Nobody owns yet: the change is committed with no process to count it…
    expect(b.app.statsOwner.owns).toBe(false);
    await pushed(b, [row(student('s-own3'))], token);
    expect(b.app.statsOwner.owns).toBe(false);
    // …and the new owner counts it when it takes over.
    await expect.poll(() => b.app.statsOwner.owns, { timeout: 10_000 }).toBe(true);
    await b.app.statsOwner.settled();
    expect(await students(cluster, 'sch-a')).toBe(before + 1);
    // From now on it follows changes as they come.
    await pushed(b, [row(student('s-own4'))], token);
    await expect.poll(() => students(cluster, 'sch-a'), { timeout: 10_000 }).toBe(before + 2);
    expect(b.app.statsRollups.failed).toBe(0);
  });

  it('takes the lock again on a new connection when its lock connection dies, and keeps counting', async () => {
    const holder = async () =>
      ((await cluster.sql("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1")) as { pid: number }[]).map((r) => r.pid);
    const [before] = await holder();
    // A crash as the database sees it: the owner's lock connection is gone.
    await cluster.sql(`SELECT pg_terminate_backend(${Number(before)})`);
    await expect.poll(async () => {
      const now = await holder();
      return now.length === 1 && now[0] !== before;
    }, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => b.app.statsOwner.owns, { timeout: 10_000 }).toBe(true);
    const count = (await students(cluster, 'sch-a')) ?? 0;
    await pushed(b, [row(student('s-own5'))], await b.login('schoola'));
    await expect.poll(() => students(cluster, 'sch-a'), { timeout: 10_000 }).toBe(count + 1);
  });
});
