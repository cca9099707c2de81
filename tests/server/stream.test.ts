import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, by, hazard, identity, PATHS } from './fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from './helpers';
import { openStream } from './sse';

describe.each(STORAGE_KINDS)('change stream (%s)', (kind) => {
  let h: Harness;
  let base: string;

  beforeAll(async () => {
    h = await createHarness(kind, { heartbeatMs: 200 });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => h?.close());

  it('starts with resync, then multiplexes every collection, filtered per user', async () => {
    const adminA = await h.login('schoola');
    const teacherA = await h.login('teachera');
    const teacherB = await h.login('teacherb');
    const streamA = await openStream(`${base}/api/sync/stream`, teacherA);
    const streamB = await openStream(`${base}/api/sync/stream`, teacherB);
    expect(streamA.status).toBe(200);
    expect(streamA.contentType).toMatch(/^text\/event-stream/);
    await streamA.waitFor(() => streamA.events.length >= 1);
    await streamB.waitFor(() => streamB.events.length >= 1);
    expect(streamA.events[0]).toEqual({ event: 'resync', data: JSON.stringify({ scope: `acc-teachera|teacher|${PATHS.schoolA}|t-a` }) });

    const docs = [by('schoola', hazard('hz-s1', PATHS.schoolA)), by('schoola', hazard('hz-s2', PATHS.schoolA))];
    expect((await h.push('hazards', docs.map((d) => row(d)), adminA)).body).toEqual({ conflicts: [], refused: [] });
    const lesson = by('schoola', activity('act-s1', PATHS.classA));
    await h.push('activities', [row(lesson)], adminA);

    await streamA.waitFor(() => streamA.events.length >= 3);
    const [hazards, activities] = streamA.events.slice(1).map((e) => JSON.parse(e.data));
    expect(hazards.collection).toBe('hazards');
    expect(hazards.documents).toEqual(docs);
    expect(hazards.checkpoint).toEqual({ updatedAt: expect.any(Number), id: 'hz-s2' });
    expect(activities.collection).toBe('activities');
    expect(activities.documents).toEqual([lesson]);

    // The stream checkpoint is a valid pull checkpoint: nothing is after it.
    const q = encodeURIComponent(JSON.stringify(activities.checkpoint));
    expect((await h.get(`/api/sync/activities/pull?checkpoint=${q}`, teacherA)).json().documents).toEqual([]);

    // Teacher B's stream got nothing of school A.
    await new Promise((r) => setTimeout(r, 300));
    expect(streamB.events.map((e) => e.event)).toEqual(['resync']);
    // ...but its own school's changes.
    await h.push('hazards', [row(by('teacherb', hazard('hz-s3', PATHS.schoolB, 'sch-b')))], teacherB);
    await streamB.waitFor(() => streamB.events.length >= 2);
    expect(JSON.parse(streamB.events[1]!.data).documents.map((d: { id: string }) => d.id)).toEqual(['hz-s3']);

    // Identities never reach a teacher's stream.
    const before = streamA.events.length;
    const stored = identity('s-a2', PATHS.classA);
    const pushRes = await h.push('identities', [row(by('schoola', { ...stored, phone: '13900000000' }, stored), stored)], adminA);
    expect(pushRes.body).toEqual({ conflicts: [], refused: [] });
    await new Promise((r) => setTimeout(r, 300));
    expect(streamA.events.length).toBe(before);

    // Heartbeats keep the connection alive.
    expect(streamA.raw.join('')).toContain(': heartbeat');
    streamA.close();
    streamB.close();
  });

  it('closes the stream when the session is signed out', async () => {
    const token = await h.login('safetya');
    const stream = await openStream(`${base}/api/sync/stream`, token);
    await stream.waitFor(() => stream.events.length >= 1);
    await h.post('/api/auth/logout', {}, token);
    await stream.waitFor(() => stream.ended);
    const again = await fetch(`${base}/api/sync/stream`, { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(401);
  });

  it('cleans up subscribers when the client goes away', async () => {
    const token = await h.login('county1');
    const before = h.app.hub.size;
    const stream = await openStream(`${base}/api/sync/stream`, token);
    await stream.waitFor(() => stream.events.length >= 1);
    expect(h.app.hub.size).toBe(before + 1);
    stream.close();
    const deadline = Date.now() + 3000;
    while (h.app.hub.size > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(h.app.hub.size).toBe(before);
  });
});
