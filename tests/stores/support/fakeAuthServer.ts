import type { SessionUser } from '@/auth/sessionUser';

export const PASSWORD = 'Right-Password-1';

interface HeldPush {
  acknowledge: () => void;
}

/**
 * The sync server as `fetch` sees it, for the session store: sign-in,
 * sign-out, password change (from PASSWORD), and replication that finds nothing new. The
 * test can take the network away (`offline`) and hold pushes (`holdPushes`)
 * to leave changes waiting.
 */
export function fakeAuthServer(users: readonly SessionUser[]) {
  const state = {
    offline: false,
    holdPushes: false,
    logins: 0,
    logouts: 0,
    streams: 0,
    held: [] as HeldPush[],
    /** What /api/auth/me answers per user id (an administrator moved the account): the user itself otherwise. */
    movedTo: new Map<string, SessionUser>(),
    /** The open change streams, to send events on. */
    open: [] as ReadableStreamDefaultController<Uint8Array>[],
  };
  /** Send an SSE event on every open change stream (the server's "start over", say). */
  const broadcast = (event: string, data: unknown) => {
    const frame = new TextEncoder().encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    for (const controller of state.open) controller.enqueue(frame);
  };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  async function fetchImpl(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    if (state.offline) throw new TypeError('Failed to fetch');
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    if (url.pathname === '/api/auth/login') {
      const user = users.find((u) => u.username === body.username);
      if (!user || body.password !== PASSWORD) return json({ code: 'bad_credentials', message: '用户名或密码错误' }, 401);
      state.logins += 1;
      return json({ token: `token-${user.id}-${state.logins}`, user, expiresAt: Date.now() + 86_400_000 });
    }
    if (url.pathname === '/api/auth/password') {
      if (body.oldPassword !== PASSWORD) return json({ code: 'bad_credentials', message: '原密码不正确' }, 401);
      return json({});
    }
    if (url.pathname === '/api/auth/me') {
      const id = /^Bearer token-(.+)-\d+$/.exec(new Headers(init.headers).get('Authorization') ?? '')?.[1] ?? '';
      const user = state.movedTo.get(id) ?? users.find((u) => u.id === id);
      return user ? json({ user }) : json({ code: 'session_invalid', message: '登录已失效' }, 401);
    }
    if (url.pathname === '/api/auth/logout') {
      state.logouts += 1;
      return json({});
    }
    if (url.pathname === '/api/sync/stream') {
      state.streams += 1;
      // Stays open without events until the client closes it.
      const signal = init.signal;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          state.open.push(controller);
          signal?.addEventListener('abort', () => {
            state.open.splice(state.open.indexOf(controller), 1);
            controller.error(new DOMException('aborted', 'AbortError'));
          });
        },
      });
      return new Response(stream, { status: 200 });
    }
    if (/^\/api\/sync\/[^/]+\/pull$/.test(url.pathname)) return json({ documents: [], checkpoint: null });
    if (method === 'POST' && /^\/api\/sync\/[^/]+\/push$/.test(url.pathname)) {
      if (state.holdPushes) await new Promise<void>((resolve) => state.held.push({ acknowledge: resolve }));
      return json({ conflicts: [], refused: [] });
    }
    return json({ code: 'not_found', message: url.pathname }, 404);
  }

  return { state, fetch: fetchImpl, broadcast };
}
