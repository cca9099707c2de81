import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/api/apiClient';
import { openChangeStream, parseSseBlock, type StreamEvent } from '@/sync/changeStream';

describe('parseSseBlock', () => {
  it('reads a change event: collection, documents and checkpoint', () => {
    const block = 'event: change\ndata: {"collection":"people","documents":[{"id":"p1"}],"checkpoint":{"updatedAt":5,"id":"p1"}}';
    expect(parseSseBlock(block)).toEqual({
      type: 'change',
      collection: 'people',
      documents: [{ id: 'p1' }],
      checkpoint: { updatedAt: 5, id: 'p1' },
    });
  });

  it('joins data split over several lines', () => {
    const block = 'data: {"collection":"orgs",\ndata: "documents":[],"checkpoint":null}';
    expect(parseSseBlock(block)).toEqual({ type: 'change', collection: 'orgs', documents: [], checkpoint: null });
  });

  it('reads "start over" and ignores heartbeats', () => {
    expect(parseSseBlock('event: resync\ndata: {}')).toEqual({ type: 'resync', scope: '' });
    expect(parseSseBlock('event: resync\ndata: {"scope":"u|teacher|/a/|p"}')).toEqual({ type: 'resync', scope: 'u|teacher|/a/|p' });
    expect(parseSseBlock('event: closed\ndata: {"reason":"too_many_streams"}')).toEqual({ type: 'closed', reason: 'too_many_streams' });
    expect(parseSseBlock(': heartbeat')).toBeNull();
  });
});

/** A response whose body delivers `chunks` and then stays open until aborted. */
function streamResponse(chunks: string[], signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('openChangeStream', () => {
  const api = createApiClient({ getToken: () => 'token-1' });
  let calls: number[];
  let answer: (signal: AbortSignal) => Promise<Response>;

  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      calls.push(Date.now());
      return answer(init.signal as AbortSignal);
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends the token in a header and delivers events, even when a block arrives in pieces', async () => {
    const seen: unknown[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      seen.push({ url, auth: (init.headers as Record<string, string>).Authorization });
      return Promise.resolve(
        streamResponse(['event: resync\ndata: {}\n\nevent: change\ndata: {"collection":"people",', '"documents":[],"checkpoint":null}\r\n\r\n'], init.signal as AbortSignal),
      );
    });
    const events: StreamEvent[] = [];
    const states: boolean[] = [];
    const stream = openChangeStream({ api, onEvent: (e) => events.push(e), onStateChange: (c) => states.push(c) });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(seen).toEqual([{ url: '/api/sync/stream', auth: 'Bearer token-1' }]);
    expect(events).toEqual([{ type: 'resync', scope: '' }, { type: 'change', collection: 'people', documents: [], checkpoint: null }]);
    expect(states).toEqual([true]);
    stream.close();
  });

  it('reconnects with a doubling delay up to the maximum while the server is unreachable', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const states: boolean[] = [];
    const stream = openChangeStream({ api, onEvent: () => undefined, onStateChange: (c) => states.push(c), minDelay: 1000, maxDelay: 4000 });
    await vi.advanceTimersByTimeAsync(0);
    const start = calls[0] ?? 0;
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 4000);
    expect(calls.map((t) => t - start)).toEqual([0, 1000, 3000, 7000, 11000]);
    expect(states.every((c) => !c)).toBe(true);
    stream.close();
  });

  it('starts over from the shortest delay after a connection succeeded', async () => {
    let attempt = 0;
    let open: AbortController | undefined;
    answer = (signal) => {
      attempt += 1;
      if (attempt === 3) {
        open = new AbortController();
        signal.addEventListener('abort', () => open?.abort());
        // Connected, then the server goes away.
        return Promise.resolve(streamResponse([], open.signal));
      }
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const stream = openChangeStream({ api, onEvent: () => undefined, minDelay: 1000, maxDelay: 60_000 });
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(attempt).toBe(3);
    const droppedAt = Date.now();
    open?.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(attempt).toBe(4);
    expect((calls[3] ?? 0) - droppedAt).toBe(1000);
    stream.close();
  });

  it('stops reconnecting once closed', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const stream = openChangeStream({ api, onEvent: () => undefined, minDelay: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    stream.close();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
  });
});
