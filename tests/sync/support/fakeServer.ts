import { ApiError, type ApiClient } from '@/api/apiClient';

interface HeldPush {
  collection: string;
  rows: unknown[];
  /** Let the push through: the server acknowledges it (no conflicts). */
  acknowledge: () => void;
}

/**
 * The sync server's replication endpoints, in memory, for tests of the
 * client: pulls find nothing new, pushes wait in `held` until the test
 * acknowledges them — so a test can look at the device between "sent" and
 * "acknowledged". `state.offline` fails every request as a lost network does.
 */
export function fakeSyncServer() {
  const held: HeldPush[] = [];
  const pushes: unknown[][] = [];
  /**
   * `counts`: the answer of GET /api/sync/counts (absent: the request fails, as on an older server);
   * `firstPull`: documents a pull from no checkpoint delivers, per collection; `pullsHeld`: pulls wait for `releasePulls`.
   */
  const state: { offline: boolean; counts?: Record<string, number>; firstPull: Record<string, unknown[]>; pullsHeld: boolean } = {
    offline: false,
    firstPull: {},
    pullsHeld: false,
  };
  const heldPulls: (() => void)[] = [];
  const releasePulls = () => {
    state.pullsHeld = false;
    heldPulls.splice(0).forEach((release) => release());
  };
  const requests: string[] = [];
  const api: ApiClient = {
    url: (path) => path,
    authHeaders: () => ({}),
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      requests.push(`${method} ${path}`);
      if (state.offline) throw new ApiError(0, 'network', 'Failed to fetch');
      if (method === 'GET' && path === '/api/sync/counts' && state.counts) return { counts: state.counts } as T;
      const push = /^\/api\/sync\/([^/]+)\/push$/.exec(path);
      if (method === 'POST' && push) {
        const rows = body as unknown[];
        pushes.push(rows);
        await new Promise<void>((resolve) => held.push({ collection: push[1] ?? '', rows, acknowledge: resolve }));
        return { conflicts: [], refused: [] } as T;
      }
      const pull = /^\/api\/sync\/([^/]+)\/pull\?(.*)$/.exec(path);
      if (method === 'GET' && pull) {
        if (state.pullsHeld) await new Promise<void>((resolve) => heldPulls.push(resolve));
        const first = !new URLSearchParams(pull[2]).has('checkpoint');
        const documents = first ? (state.firstPull[pull[1] ?? ''] ?? []) : [];
        return { documents, checkpoint: documents.length ? { updatedAt: 1, id: 'last' } : null } as T;
      }
      throw new Error(`unexpected request ${method} ${path}`);
    },
  };
  return { api, held, pushes, state, requests, releasePulls };
}
