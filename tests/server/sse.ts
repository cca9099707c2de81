/** A fetch-streamed SSE reader for the server tests, as the client reads the stream (Authorization header, no EventSource). */
export interface SseEvent {
  event: string;
  data: string;
}


export async function openStream(url: string, token: string) {
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

