/**
 * Two server processes on one PostgreSQL database (issue 13): a change
 * pushed through one reaches the streams held by the other, and checkpoints
 * never skip a document however the two processes' pushes interleave.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { by, hazard, PATHS, person } from './fixtures';
import { row, type Checkpoint } from './helpers';
import { createCluster, type Cluster } from './cluster';
import { openStream } from './sse';

/** A device's stream on `node`, once the server has said hello (the resync event). */
async function resynced(node: Cluster['nodes'][0], token: string) {
  const stream = await openStream(`${node.base}/api/sync/stream`, token);
  await stream.waitFor(() => stream.events.length >= 1);
  return stream;
}

interface StreamMessage {
  collection: string;
  documents: { id: string }[];
  checkpoint: Checkpoint;
}

const after = (a: Checkpoint, b: Checkpoint) => a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);

describe('several server processes on one PostgreSQL database', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await createCluster(2);
  });
  afterAll(async () => cluster?.close());

  it('streams a push made through one process to the streams held by the other', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const onB = await resynced(b, await b.login('teachera'));
    const onA = await resynced(a, await a.login('teachera'));

    await a.push('hazards', [row(by('schoola', hazard('hz-c1', PATHS.schoolA)))], await a.login('schoola'));
    await onB.waitFor(() => onB.events.length >= 2);
    expect(JSON.parse(onB.events[1]!.data)).toMatchObject({ collection: 'hazards', documents: [{ id: 'hz-c1' }] });

    await b.push('hazards', [row(by('schoola', hazard('hz-c2', PATHS.schoolA)))], await b.login('schoola'));
    await onA.waitFor(() => onA.events.length >= 3);
    // The writer's own stream receives both, in commit order, each once.
    expect(onA.events.slice(1).map((e) => (JSON.parse(e.data) as StreamMessage).documents.map((d) => d.id))).toEqual([['hz-c1'], ['hz-c2']]);
    onA.close();
    onB.close();
  });

  it('closes on the other process the stream of a session signed out on one', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const token = await a.login('safetya');
    const stream = await resynced(b, token);
    await fetch(`${a.base}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    await stream.waitFor(() => stream.ended);
  });

  it('counts sign-in guesses made through either process together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const node = cluster.nodes[i % 2]!;
      const res = await fetch(`${node.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'town1', password: `wrong-${i}-Aa9` }),
      });
      statuses.push(res.status);
    }
    // Five free attempts in all, not five per process: the sixth is refused by whichever process gets it.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    expect(statuses[7]).toBe(429);
  });

  it('holds the per-user stream cap across processes: the oldest stream closes wherever it is', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const token = await a.login('rooma');
    const streams: Awaited<ReturnType<typeof openStream>>[] = [];
    // Five (the cap) on A, one by one so their order is known, then one more on B.
    for (const node of [a, a, a, a, a, b]) {
      const s = await resynced(node, token);
      streams.push(s);
      await new Promise((r) => setTimeout(r, 30));
    }
    const [oldest, ...rest] = streams;
    await oldest!.waitFor(() => oldest!.ended);
    expect(oldest!.events.at(-1)).toEqual({ event: 'closed', data: JSON.stringify({ reason: 'too_many_streams' }) });
    expect(rest.every((s) => !s.ended)).toBe(true);
    for (const s of rest) s.close();
  });

  it('never skips a document under concurrent pushes from both processes', async () => {
    const { nodes } = cluster;
    const writers = await Promise.all(nodes.map((n) => n.login('schoola')));
    const reader = await nodes[1]!.login('county1');
    const streamed = await resynced(nodes[0]!, await nodes[0]!.login('county1'));

    const ids = Array.from({ length: 60 }, (_, i) => `hz-k${String(i).padStart(3, '0')}`);
    let pushing = true;
    const pushes = Promise.all(
      ids.map((id, i) => {
        const node = nodes[i % nodes.length]!;
        return node.push('hazards', [row(by('schoola', hazard(id, PATHS.schoolA)))], writers[i % nodes.length]!);
      }),
    ).finally(() => (pushing = false));

    // A device pulling small batches while the pushes commit: whatever it
    // has passed with its checkpoint it must already have received.
    const seen = new Set<string>();
    let checkpoint: Checkpoint | null = null;
    for (;;) {
      const done = !pushing;
      const page = await nodes[1]!.pull('hazards', reader, checkpoint, 3);
      for (const doc of page.documents) seen.add(doc.id);
      checkpoint = page.checkpoint;
      if (done && page.documents.length < 3) break;
    }
    await pushes;
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);

    // The stream of the other process: every document once, checkpoints only moving forward.
    await streamed.waitFor(() => streamed.events.slice(1).flatMap((e) => (JSON.parse(e.data) as StreamMessage).documents).length >= ids.length);
    const messages = streamed.events.slice(1).map((e) => JSON.parse(e.data) as StreamMessage);
    const delivered = messages.flatMap((m) => m.documents.map((d) => d.id));
    expect([...delivered].sort()).toEqual(ids);
    for (let i = 1; i < messages.length; i++) expect(after(messages[i]!.checkpoint, messages[i - 1]!.checkpoint)).toBe(true);
    streamed.close();
  });

  it('closes on the other process the streams of an account disabled through one', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const stream = await resynced(b, await b.login('teacherb'));
    const res = await fetch(`${a.base}/api/admin/accounts/acc-teacherb/disable`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await a.login('schoolb')}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    await stream.waitFor(() => stream.ended);
  });

  it('streams a move through one process to the other: the old school drops its copies, the new one receives them', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const oldSchool = await resynced(b, await b.login('schoola'));
    const newSchool = await resynced(b, await b.login('schoolb'));
    const stored = person('s-a2', 'student', PATHS.classA, 'sch-a', 'cls-a1');
    const review = { status: 'draft' as const, reason: '', by: 'acc-county1', at: stored.modifiedAt + 1 };
    const moved = by('county1', { ...stored, schoolId: 'sch-b', classId: 'cls-b1', orgPath: PATHS.classB, review }, stored);
    expect(await a.push('people', [row(moved, stored)], await a.login('county1'))).toEqual({ conflicts: [], refused: [] });

    const received = (s: typeof oldSchool) =>
      s.events.slice(1).flatMap((e) => {
        const m = JSON.parse(e.data) as { collection: string; documents: { id: string; orgPath: string; _deleted: boolean }[] };
        return m.documents.map((d) => `${m.collection}:${d.id}:${d.orgPath}:${d._deleted ? 'gone' : 'here'}`);
      });
    const at = (path: string, state: string) => ['people', 'identities'].map((c) => `${c}:s-a2:${path}:${state}`);
    await oldSchool.waitFor(() => at(PATHS.classA, 'gone').every((w) => received(oldSchool).includes(w)));
    await newSchool.waitFor(() => at(PATHS.classB, 'here').every((w) => received(newSchool).includes(w)));
    oldSchool.close();
    newSchool.close();
  });

  it('closes its streams when its LISTEN connection drops, and streams again once it is back', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const token = await b.login('teachera');
    const before = await resynced(b, token);
    const killed = await cluster.sql(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
    );
    expect(killed.length).toBe(2);
    // Changes committed meanwhile may be missed: the device reconnects and resyncs from its checkpoint.
    await before.waitFor(() => before.ended);

    // Both processes listen again (they retry after a second).
    const listening = async () =>
      (await cluster.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'")).length;
    await expect.poll(listening, { timeout: 10_000 }).toBe(2);
    // A stream opened just as the listener came back may be closed once more (it might have missed changes): open again.
    const writer = await a.login('schoola');
    let received = false;
    for (let attempt = 0; !received && attempt < 5; attempt++) {
      const after = await resynced(b, token);
      await a.push('hazards', [row(by('schoola', hazard(`hz-gap-${attempt}`, PATHS.schoolA)))], writer);
      await after.waitFor(() => after.ended || after.events.some((e) => e.data.includes(`"hz-gap-${attempt}"`)));
      received = !after.ended;
      after.close();
    }
    expect(received).toBe(true);
  });
});
