import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, hazard, PATHS } from './fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from './helpers';

interface SseEvent {
  event: string;
  data: string;
}

/** A fetch-streamed SSE reader, as the client reads it (Authorization header, no EventSource). */
async function openStream(url: string, token: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const events: SseEvent[] = [];
  const raw: string[] = [];
  let ended = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  void (async () => {
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        raw.push(buffer);
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim());
          const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim() ?? 'message';
          if (data.length) events.push({ event, data: data.join('\n') });
          end = buffer.indexOf('\n\n');
        }
        wake();
      }
    } catch {
      // aborted
    }
    ended = true;
    wake();
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    raw,
    get ended() {
      return ended;
    },
    async waitFor(predicate: () => boolean, ms = 5000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for stream');
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => controller.abort(),
  };
}

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
    expect(streamA.events[0]).toEqual({ event: 'resync', data: '{}' });

    const docs = [hazard('hz-s1', PATHS.schoolA), hazard('hz-s2', PATHS.schoolA)];
    expect((await h.post('/api/sync/hazards/push', docs.map((d) => row(d)), adminA)).json()).toEqual([]);
    const lesson = activity('act-s1', PATHS.classA);
    await h.post('/api/sync/activities/push', [row(lesson)], adminA);

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
    await h.post('/api/sync/hazards/push', [row(hazard('hz-s3', PATHS.schoolB, 'sch-b'))], teacherB);
    await streamB.waitFor(() => streamB.events.length >= 2);
    expect(JSON.parse(streamB.events[1]!.data).documents.map((d: { id: string }) => d.id)).toEqual(['hz-s3']);

    // Identities never reach a teacher's stream.
    const before = streamA.events.length;
    const identityRows = [{ newDocumentState: { id: 's-a2', orgPath: PATHS.classA, createdAt: 1, createdBy: 'x', modifiedAt: 1, modifiedBy: 'x', idNumber: '', phone: '13900000000', studentNo: '', _deleted: false } }];
    const pushRes = await h.post('/api/sync/identities/push', identityRows, adminA);
    expect(pushRes.statusCode).toBe(200);
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
