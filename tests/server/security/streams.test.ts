/**
 * Issue 7.5 — the change stream has limits: open streams per user and per
 * installation are capped (the oldest is closed with a reason).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, STORAGE_KINDS, type Harness } from '../helpers';
import { openStream } from '../sse';

describe.each(STORAGE_KINDS)('stream limits (%s)', (kind) => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await createHarness(kind, { streamsPerUser: 3, streamsTotal: 5 });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    base = `${'http'}://127.0.0.1:${address.port}`;
  });
  afterAll(async () => h?.close());

  it('closes a user’s oldest stream, with the reason, beyond the per-user cap', async () => {
    const token = await h.login('studenta1');
    const streams: Awaited<ReturnType<typeof openStream>>[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await openStream(`${base}/api/sync/stream`, token);
      await s.waitFor(() => s.events.length >= 1);
      streams.push(s);
    }
    const [oldest, ...rest] = streams;
    await oldest?.waitFor(() => oldest.ended);
    expect(oldest?.events.at(-1)).toEqual({ event: 'closed', data: JSON.stringify({ reason: 'too_many_streams' }) });
    expect(rest.every((s) => !s.ended)).toBe(true);
    expect(h.app.hub.size).toBe(3);
    for (const s of rest) s.close();
  });

  it('closes the installation’s oldest stream beyond the total cap', async () => {
    const deadline = Date.now() + 3000;
    while (h.app.hub.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const users = ['county1', 'town1', 'schoola', 'schoolb', 'safetya', 'teachera'];
    const streams: Awaited<ReturnType<typeof openStream>>[] = [];
    for (const user of users) {
      const s = await openStream(`${base}/api/sync/stream`, await h.login(user));
      await s.waitFor(() => s.events.length >= 1);
      streams.push(s);
    }
    await streams[0]?.waitFor(() => streams[0]?.ended === true);
    expect(streams[0]?.events.at(-1)?.event).toBe('closed');
    expect(h.app.hub.size).toBe(5);
    for (const s of streams) s.close();
  });
});
