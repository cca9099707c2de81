import type { ApiClient } from '@/api/apiClient';
import type { RequestGate } from './requestGate';

/**
 * One event of the multiplexed stream: a collection's new documents; "start
 * over" (with the scope the server now replicates for this user); or the
 * server closing the stream, with why.
 */
export type StreamEvent =
  | { type: 'resync'; scope: string }
  | { type: 'closed'; reason: string }
  | { type: 'change'; collection: string; documents: unknown[]; checkpoint: unknown };

export interface ChangeStreamOptions {
  api: ApiClient;
  onEvent: (event: StreamEvent) => void;
  onStateChange?: (connected: boolean) => void;
  /** Shared with the collections: no connect while offline or while the server does not answer. */
  gate?: RequestGate;
  /** Back-off bounds for reconnecting, in ms. */
  minDelay?: number;
  maxDelay?: number;
}

/** Parse one SSE block ("event: x\ndata: …") into a stream event. */
export function parseSseBlock(block: string): StreamEvent | null {
  let eventName = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // heartbeat comment
    if (line.startsWith('event:')) eventName = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (!data.length) return eventName === 'resync' ? { type: 'resync', scope: '' } : null;
  const payload = JSON.parse(data.join('\n')) as Record<string, unknown>;
  if (eventName === 'resync') return { type: 'resync', scope: String(payload.scope ?? '') };
  if (eventName === 'closed') return { type: 'closed', reason: String(payload.reason ?? '') };
  return {
    type: 'change',
    collection: String(payload.collection),
    documents: payload.documents as unknown[],
    checkpoint: payload.checkpoint,
  };
}

/**
 * The server's single Server-Sent-Events stream for all collections
 * (browsers allow six HTTP/1.1 connections per origin, so one stream per
 * collection would starve the app). Read with fetch rather than
 * EventSource so the token travels in a header, not the URL. Reconnects
 * with exponential back-off; every (re)connect starts with a resync.
 */
export function openChangeStream(options: ChangeStreamOptions): { close: () => void } {
  const minDelay = options.minDelay ?? 1000;
  const maxDelay = options.maxDelay ?? 60_000;
  let delay = minDelay;
  let closed = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function connect(): Promise<void> {
    try {
      await options.gate?.pass();
    } catch {
      return; // the gate closed: sync stopped
    }
    if (closed) return;
    controller = new AbortController();
    try {
      const response = await fetch(options.api.url('/api/sync/stream'), {
        headers: { ...options.api.authHeaders(), Accept: 'text/event-stream' },
        signal: controller.signal,
        cache: 'no-store',
      }).catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') options.gate?.unanswered();
        throw error;
      });
      if (response.status >= 502 && response.status <= 504) options.gate?.unanswered();
      else options.gate?.answered();
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      options.onStateChange?.(true);
      delay = minDelay;
      await readBlocks(response.body, (block) => {
        const event = parseSseBlock(block);
        // Too many streams open for this user (another device took over):
        // wait the longest before trying again rather than taking turns.
        if (event?.type === 'closed' && event.reason === 'too_many_streams') delay = maxDelay;
        if (event) options.onEvent(event);
      });
    } catch {
      // Network gone or server restarted: fall through to reconnect.
    }
    options.onStateChange?.(false);
    if (closed) return;
    timer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, maxDelay);
  }

  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}

async function readBlocks(body: ReadableStream<Uint8Array>, onBlock: (block: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      onBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  }
}
