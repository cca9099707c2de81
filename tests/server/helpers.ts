/**
 * Test harness: a real SQLite file in a temp dir or a fresh PostgreSQL
 * database (dropped afterwards), the real app on top, the fixture tree
 * seeded, and small request helpers around `app.inject`.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../sync-server/src/app';
import { createAccount } from '../../sync-server/src/auth/accounts';
import { ensureTopAdmin } from '../../sync-server/src/bootstrap/admin';
import { DEFAULT_SESSION_MAX_LIFETIME_MS, DEFAULT_SESSION_TTL_MS, type ServerConfig } from '../../sync-server/src/config';
import { commit } from '../../sync-server/src/replication/commit';
import { writeDocs, type WireDoc } from '../../sync-server/src/replication/docs';
import type { Refusal } from '../../sync-server/src/replication/refusals';
import { openPostgresStorage } from '../../sync-server/src/storage/postgres';
import { openSqliteStorage } from '../../sync-server/src/storage/sqlite';
import type { Storage, StorageKind } from '../../sync-server/src/storage/types';
import type { CollectionName } from '@/domain/schemas';
import { PASSWORD, TREE, USERS } from './fixtures';

export const STORAGE_KINDS: StorageKind[] = ['sqlite', 'postgres'];
export const PG_ADMIN_URL = process.env.XIAOAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const ADMIN_PASSWORD = 'Root-pass-1357';

export interface TestStorage {
  storage: Storage;
  /** Open another connection to the same database (a restart, a second process). */
  reopen(): Promise<Storage>;
  cleanup(): Promise<void>;
  /** The PostgreSQL database's address ('' for SQLite). */
  url: string;
}

export async function createTestStorage(kind: StorageKind): Promise<TestStorage> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'xiaoan-test-'));
    const file = join(dir, 'test.sqlite');
    const storage = await openSqliteStorage(file);
    return {
      storage,
      reopen: () => openSqliteStorage(file),
      url: '',
      cleanup: async () => {
        await storage.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `xiaoan_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const storage = await openPostgresStorage(url.toString());
  return {
    storage,
    reopen: () => openPostgresStorage(url.toString()),
    url: url.toString(),
    cleanup: async () => {
      await storage.close();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: join(tmpdir(), 'xiaoan-unused'),
    demo: false,
    distDir: join(tmpdir(), 'xiaoan-no-dist'),
    version: 'test',
    sessionTtlMs: DEFAULT_SESSION_TTL_MS,
    sessionMaxLifetimeMs: DEFAULT_SESSION_MAX_LIFETIME_MS,
    streamsPerUser: 5,
    streamsTotal: 5000,
    heartbeatMs: 25_000,
    trustProxy: false,
    ...overrides,
  };
}

export async function seedTree(storage: Storage, app: FastifyInstance): Promise<void> {
  await ensureTopAdmin(storage, app.hub, ADMIN_PASSWORD);
  await commit(storage, app.hub, async (tx, changes) => {
    for (const [collection, docs] of Object.entries(TREE) as unknown as [CollectionName, WireDoc[]][]) {
      await writeDocs(tx, changes, collection, docs);
    }
    for (const [username, u] of Object.entries(USERS)) {
      await createAccount(tx, changes, {
        id: `acc-${username}`,
        username,
        password: PASSWORD,
        mustChangePassword: false,
        displayName: username,
        ...u,
      });
    }
  });
}

export interface Harness {
  kind: StorageKind;
  app: FastifyInstance;
  storage: Storage;
  /** Warnings and errors the server logged (JSON lines). */
  logs: string[];
  /** Sign in and return the bearer token. */
  login(username: string, password?: string): Promise<string>;
  get(url: string, token?: string): Promise<Res>;
  post(url: string, body: unknown, token?: string, extra?: Partial<InjectOptions>): Promise<Res>;
  pullAll(collection: string, token: string, limit?: number): Promise<WireDoc[]>;
  /** Pull from a checkpoint: what a device that already synced up to it receives next. */
  pullSince(collection: string, token: string, checkpoint: Checkpoint | null): Promise<{ documents: WireDoc[]; checkpoint: Checkpoint | null }>;
  push(collection: string, rows: unknown, token: string): Promise<PushResult>;
  close(): Promise<void>;
}

export type Res = LightMyRequestResponse;

export interface Checkpoint {
  updatedAt: number;
  id: string;
}

export interface PushResult {
  status: number;
  conflicts: WireDoc[];
  refused: Refusal[];
  /** The whole answer, as the device receives it. */
  body: unknown;
}

export async function createHarness(
  kind: StorageKind,
  config: Partial<ServerConfig> = {},
  options: Pick<AppOptions, 'clock' | 'statsOwnerRetryMs'> = {},
): Promise<Harness> {
  const { storage, cleanup } = await createTestStorage(kind);
  const logs: string[] = [];
  const app = await buildApp({
    config: testConfig(config),
    storage,
    logger: { level: 'warn', stream: { write: (line: string) => void logs.push(line) } },
    ...options,
  });
  await seedTree(storage, app);
  const auth = (token?: string) => (token ? { authorization: `Bearer ${token}` } : {});
  const h: Harness = {
    kind,
    app,
    storage,
    logs,
    async login(username, password = username === 'admin' ? ADMIN_PASSWORD : PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return (res.json() as { token: string }).token;
    },
    get: (url, token) => app.inject({ method: 'GET', url, headers: auth(token) }),
    post: (url, body, token, extra = {}) =>
      app.inject({ method: 'POST', url, payload: body as InjectOptions['payload'], headers: auth(token), ...extra }),
    async pullAll(collection, token, limit = 1000) {
      const out: WireDoc[] = [];
      let checkpoint: unknown = null;
      for (;;) {
        const q = new URLSearchParams({ limit: String(limit) });
        if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
        const res = await h.get(`/api/sync/${collection}/pull?${q}`, token);
        if (res.statusCode !== 200) throw new Error(`pull ${collection}: ${res.statusCode} ${res.body}`);
        const page = res.json() as { documents: WireDoc[]; checkpoint: unknown };
        out.push(...page.documents);
        checkpoint = page.checkpoint;
        if (page.documents.length < limit) return out;
      }
    },
    async pullSince(collection, token, checkpoint) {
      const q = new URLSearchParams({ limit: '10000' });
      if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
      const res = await h.get(`/api/sync/${collection}/pull?${q}`, token);
      if (res.statusCode !== 200) throw new Error(`pull ${collection}: ${res.statusCode} ${res.body}`);
      return res.json() as { documents: WireDoc[]; checkpoint: Checkpoint | null };
    },
    async push(collection, rows, token) {
      const res = await h.post(`/api/sync/${collection}/push`, rows, token);
      const body = res.json() as { conflicts?: WireDoc[]; refused?: Refusal[] };
      return { status: res.statusCode, conflicts: body.conflicts ?? [], refused: body.refused ?? [], body };
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
  return h;
}

/** A push row as RxDB sends it. */
export function row(newDocumentState: object, assumedMasterState?: object) {
  return assumedMasterState ? { assumedMasterState, newDocumentState } : { newDocumentState };
}
