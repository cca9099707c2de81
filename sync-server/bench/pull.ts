/**
 * Server pull throughput: seeds a county-sized dataset (seed.ts: org units,
 * people and identities, about N documents) into a fresh SQLite file (or
 * PostgreSQL database), starts the real server, and pulls everything
 * through the real HTTP route in batches, as a fresh device would.
 *
 *   npx tsx sync-server/bench/pull.ts [--docs 100000] [--batch 500] [--json]
 *     [--postgres postgres://postgres@127.0.0.1:5432/postgres]
 *
 * The batch size defaults to the client's (PULL_BATCH_SIZE, 500). With
 * --postgres, the same run goes to a fresh PostgreSQL database created
 * through that (administrative) connection and dropped afterwards.
 *
 * Prints figures; with --json, the last line is a BenchResult (result.ts)
 * for `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readableCollections, readScope, type Principal } from '../../src/domain/auth/permissions';
import type { CollectionName } from '../../src/domain/schemas';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPostgresStorage, toPgPlaceholders } from '../src/storage/postgres';
import { openSqliteStorage } from '../src/storage/sqlite';
import type { Storage } from '../src/storage/types';
import { pullQuery } from './lib/pullQuery';
import { emitResult, formatCount, formatSeconds, type BenchResult } from './result';
import { BENCH_PASSWORD, COUNTY_ADMIN, SCHOOL_TEACHER, seedCounty } from './seed';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    // The client's pull batch size (PULL_BATCH_SIZE in src/sync/collectionReplication.ts,
    // not imported: that module brings in the browser's types).
    batch: { type: 'string', default: '500' },
    json: { type: 'boolean', default: false },
    postgres: { type: 'string' },
  },
});
const N = Number(values.docs);
const BATCH = Number(values.batch);
const TARGET_PER_SECOND = 20_000;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** EXPLAIN in each dialect's words. */
const EXPLAIN = values.postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN';

/** Open the storage under test and a way to ask for query plans. */
async function openTarget(dir: string): Promise<{
  storage: Storage;
  plan: (sql: string, params: (string | number)[]) => Promise<string>;
  done: () => Promise<void>;
}> {
  if (!values.postgres) {
    const file = join(dir, 'bench.sqlite');
    const storage = await openSqliteStorage(file);
    return {
      storage,
      plan: async (sql, params) => {
        const db = new Database(file, { readonly: true });
        const rows = db.prepare(sql).all(...params) as { detail: string }[];
        db.close();
        return rows.map((r) => r.detail).join('; ');
      },
      done: async () => undefined,
    };
  }
  const name = `xiaoan_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(values.postgres);
  url.pathname = `/${name}`;
  let storage: Storage | undefined;
  let client: pg.Client | undefined;
  const done = async () => {
    await client?.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    storage = await openPostgresStorage(url.toString());
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  } catch (error) {
    await storage?.close().catch(() => undefined);
    await done();
    throw error;
  }
  const connected = client;
  return {
    storage,
    plan: async (sql, params) =>
      (await connected.query(toPgPlaceholders(sql), params)).rows.map((r: Record<string, string>) => Object.values(r)[0]).join(' | '),
    done,
  };
}

interface PullFigures {
  count: number;
  requests: number;
  bytes: number;
  ms: number;
  perSecond: number;
  perCollection: Partial<Record<CollectionName, number>>;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'xiaoan-bench-'));
  const target = await openTarget(dir);
  let closeStorage = true;
  try {
    const storage = target.storage;
    const seeded = await seedCounty(storage, { documents: N });
    const county = seeded.dataset;

    const app = await buildApp({
      config: { ...loadConfig({}), port: 0, host: '127.0.0.1', distDir: join(dir, 'no-dist'), demo: false },
      storage,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const base = `http://127.0.0.1:${address.port}`;

    const login = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: BENCH_PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status}`);
      return (await res.json()) as { token: string; user: Principal };
    };

    /** Pull every collection the user reads, one after the other, as a fresh device does. */
    const pullAll = async (token: string, collections: readonly CollectionName[]): Promise<PullFigures> => {
      const figures: PullFigures = { count: 0, requests: 0, bytes: 0, ms: 0, perSecond: 0, perCollection: {} };
      const start = process.hrtime.bigint();
      for (const collection of collections) {
        let checkpoint: unknown = null;
        let inCollection = 0;
        for (;;) {
          const q = new URLSearchParams({ limit: String(BATCH) });
          if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
          const res = await fetch(`${base}/api/sync/${collection}/pull?${q}`, { headers: { authorization: `Bearer ${token}` } });
          if (!res.ok) throw new Error(`pull ${collection}: HTTP ${res.status}`);
          const text = await res.text();
          figures.bytes += text.length;
          const page = JSON.parse(text) as { documents: unknown[]; checkpoint: unknown };
          figures.requests++;
          inCollection += page.documents.length;
          checkpoint = page.checkpoint;
          if (page.documents.length < BATCH) break;
        }
        figures.count += inCollection;
        figures.perCollection[collection] = inCollection;
      }
      figures.ms = ms(start);
      figures.perSecond = Math.round((figures.count / figures.ms) * 1000);
      return figures;
    };

    const countyLogin = await login(COUNTY_ADMIN);
    const countyPull = await pullAll(countyLogin.token, readableCollections(countyLogin.user));
    const teacherLogin = await login(SCHOOL_TEACHER);
    const teacherPull = await pullAll(teacherLogin.token, ['people']);

    // Query plans of the two scopes.
    const plan = async (p: Principal) => {
      const q = await pullQuery('people', readScope(p, 'people'), null, BATCH, !!values.postgres);
      return target.plan(`${EXPLAIN} ${q.sql}`, q.params as (string | number)[]);
    };
    const countyPlan = await plan({ id: 'x', role: 'county_admin', orgId: county.countyId, orgPath: county.countyPath, personId: '' });
    const teacherPlan = await plan({
      id: 'x',
      role: 'teacher',
      orgId: county.firstSchool.id,
      orgPath: county.firstSchool.path,
      personId: '',
    });
    await app.close();
    await storage.close();
    closeStorage = false;

    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    const kind = values.postgres ? 'PostgreSQL' : 'SQLite';
    const mix = Object.entries(countyPull.perCollection)
      .filter(([, n]) => n)
      .map(([c, n]) => `${c} ${formatCount(n ?? 0)}`)
      .join(', ');
    const lines = [
      `seeded ${formatCount(seeded.documents)} documents (${mix.replace(/, accounts \d+/, '')}) in ${formatSeconds(seeded.seedMs)} ` +
        `(${kind}, one transaction, each document validated; generated in ${formatSeconds(seeded.generateMs)})`,
      `county administrator: pulled ${formatCount(countyPull.count)} documents (${mix}) in ${countyPull.requests} requests of ${BATCH}, ` +
        `${formatSeconds(countyPull.ms)}, ${formatCount(countyPull.perSecond)} documents/s, ${mb(countyPull.bytes)} MB`,
      `teacher (one school, people): pulled ${formatCount(teacherPull.count)} documents in ${teacherPull.requests} requests, ` +
        `${teacherPull.ms.toFixed(0)} ms, ${formatCount(teacherPull.perSecond)} documents/s`,
      `plan, county scope:  ${countyPlan}`,
      `plan, teacher scope: ${teacherPlan}`,
    ];
    for (const line of lines) console.log(line);
    if (values.json) {
      const result: BenchResult = {
        id: `server-pull-${storage.kind}`,
        title: `Server pull throughput (${kind})`,
        metrics: [
          {
            name: `county admin, ${formatCount(countyPull.count)} docs`,
            value: countyPull.perSecond,
            unit: 'docs/s',
            display: `${formatCount(countyPull.perSecond)} docs/s (${formatSeconds(countyPull.ms)})`,
            // The target is set for the embedded default, SQLite; PostgreSQL is reported for comparison.
            ...(storage.kind === 'sqlite'
              ? { target: `≥ ${formatCount(TARGET_PER_SECOND)} docs/s`, met: countyPull.perSecond >= TARGET_PER_SECOND }
              : {}),
          },
          {
            name: `teacher, one school, ${formatCount(teacherPull.count)} docs`,
            value: teacherPull.perSecond,
            unit: 'docs/s',
            display: `${formatCount(teacherPull.perSecond)} docs/s (${teacherPull.ms.toFixed(0)} ms)`,
          },
        ],
        notes: [
          `Real server (\`buildApp\`) on ${kind}, real HTTP pull route, batches of ${BATCH} (the client's pull batch size), ` +
            'collections one after the other; the client side reads and `JSON.parse`s every response (Node `fetch`).',
          ...lines.map((line) => `- ${line}`),
        ],
        details: { documents: seeded.documents, batch: BATCH, seedMs: Math.round(seeded.seedMs), county: countyPull, teacher: teacherPull },
      };
      emitResult(result);
    }
  } finally {
    if (closeStorage) await target.storage.close().catch(() => undefined);
    await target.done();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
