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
  const state = { offline: false };
  const api: ApiClient = {
    url: (path) => path,
    authHeaders: () => ({}),
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      if (state.offline) throw new ApiError(0, 'network', 'Failed to fetch');
      const push = /^\/api\/sync\/([^/]+)\/push$/.exec(path);
      if (method === 'POST' && push) {
        const rows = body as unknown[];
        pushes.push(rows);
        await new Promise<void>((resolve) => held.push({ collection: push[1] ?? '', rows, acknowledge: resolve }));
        return { conflicts: [], refused: [] } as T;
      }
      if (method === 'GET' && /^\/api\/sync\/[^/]+\/pull/.test(path)) return { documents: [], checkpoint: null } as T;
      throw new Error(`unexpected request ${method} ${path}`);
    },
  };
  return { api, held, pushes, state };
}
