/**
 * Several server "processes" on one PostgreSQL database: each node is its
 * own app with its own connection pool, change hub and LISTEN connection,
 * listening on its own port — what separate processes behind a load
 * balancer share is exactly the database.
 */
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../sync-server/src/app';
import type { Storage } from '../../sync-server/src/storage/types';
import { PASSWORD } from './fixtures';
import { createTestStorage, seedTree, testConfig, type Checkpoint } from './helpers';
import type { ServerConfig } from '../../sync-server/src/config';

export interface Node {
  app: FastifyInstance;
  storage: Storage;
  base: string;
  login(username: string): Promise<string>;
  push(collection: string, rows: unknown[], token: string): Promise<unknown>;
  pull(collection: string, token: string, checkpoint: Checkpoint | null, limit: number): Promise<{ documents: { id: string }[]; checkpoint: Checkpoint | null }>;
}

export interface Cluster {
  nodes: Node[];
  /** A query on the shared database, outside every node. */
  sql(text: string): Promise<unknown[]>;
  close(): Promise<void>;
}

type NodeOptions = Pick<AppOptions, 'statsOwnerRetryMs'>;

async function startNode(storage: Storage, config: Partial<ServerConfig>, options: NodeOptions): Promise<Node> {
  const app = await buildApp({ config: testConfig(config), storage, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}`;
  const call = async (path: string, init: RequestInit, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const body = (await res.json()) as unknown;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  return {
    app,
    storage,
    base,
    login: async (username) =>
      ((await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password: PASSWORD }) })) as { token: string }).token,
    push: (collection, rows, token) => call(`/api/sync/${collection}/push`, { method: 'POST', body: JSON.stringify(rows) }, token),
    pull: async (collection, token, checkpoint, limit) => {
      const q = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
      return (await call(`/api/sync/${collection}/pull?${q}`, { method: 'GET' }, token)) as Awaited<ReturnType<Node['pull']>>;
    },
  };
}

export async function createCluster(size: number, config: Partial<ServerConfig> = {}, options: NodeOptions = {}): Promise<Cluster> {
  const test = await createTestStorage('postgres');
  const nodes: Node[] = [await startNode(test.storage, config, options)];
  await seedTree(test.storage, nodes[0]!.app);
  const extra: Storage[] = [];
  for (let i = 1; i < size; i++) {
    const storage = await test.reopen();
    extra.push(storage);
    nodes.push(await startNode(storage, config, options));
  }
  return {
    nodes,
    async sql(text) {
      const client = new pg.Client({ connectionString: test.url });
      await client.connect();
      try {
        return (await client.query(text)).rows as unknown[];
      } finally {
        await client.end();
      }
    },
    async close() {
      // A node a test already stopped closes again harmlessly.
    for (const node of nodes) await node.app.close().catch(() => undefined);
      for (const storage of extra) await storage.close();
      await test.cleanup();
    },
  };
}
