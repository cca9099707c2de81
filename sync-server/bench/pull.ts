/**
 * Server pull throughput: seeds N people documents (a county-sized roster)
 * into a fresh SQLite file (or PostgreSQL database), starts the real server, and pulls everything
 * through the real HTTP route in batches, as a fresh device would.
 *
 *   npx tsx sync-server/bench/pull.ts [--docs 100000] [--batch 1000] [--json]
 *     [--postgres postgres://postgres@127.0.0.1:5432/postgres]
 *
 * With --postgres, the same run goes to a fresh PostgreSQL database created
 * through that (administrative) connection and dropped afterwards.
 *
 * Prints figures; with --json, the last line is a JSON summary for
 * scripts that collect benchmark results.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app';
import { createAccount } from '../src/auth/accounts';
import { loadConfig } from '../src/config';
import { commit } from '../src/replication/commit';
import { ChangeHub } from '../src/replication/hub';
import { toWrite, type WireDoc } from '../src/replication/docs';
import { validateDoc } from '../src/replication/validate';
import { openPostgresStorage, toPgPlaceholders } from '../src/storage/postgres';
import { openSqliteStorage } from '../src/storage/sqlite';
import { scopeCondition } from '../src/storage/sqlStorage';
import type { Storage } from '../src/storage/types';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readScope, type Principal } from '../../src/domain/auth/permissions';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    postgres: { type: 'string' },
  },
});
const N = Number(values.docs);
const BATCH = Number(values.batch);
const PASSWORD = 'Bench-pass-2468';
const COUNTY = '/41/4115/411502/';
const SCHOOLS = 100;
const CLASSES_PER_SCHOOL = 20;

function schoolPath(s: number): string {
  return `${COUNTY}${411502001 + (s % 10)}/sch-${s}/`;
}

/** A valid student document (people schema), spread over schools and classes. */
function student(i: number): WireDoc {
  const s = i % SCHOOLS;
  const c = Math.floor(i / SCHOOLS) % CLASSES_PER_SCHOOL;
  const id = `p-${String(i).padStart(7, '0')}`;
  const orgPath = `${schoolPath(s)}cls-${s}-${c}/`;
  const now = 1_700_000_000_000;
  return {
    id,
    orgPath,
    createdAt: now,
    createdBy: 'bench',
    modifiedAt: now,
    modifiedBy: 'bench',
    kind: 'student',
    name: '张小明',
    gender: i % 2 ? 'M' : 'F',
    schoolId: `sch-${s}`,
    classId: `cls-${s}-${c}`,
    grade: 'P3',
    className: '二班',
    isHeadTeacher: false,
    studentNo: '',
    idMasked: '4115**********123X',
    phoneMasked: '',
    nameSearch: '张小明 zhangxiaoming zxm',
    review: { status: 'approved', reason: '', by: 'bench', at: now },
    enteredBy: 'bench',
    enteredAt: now,
    deletedAt: 0,
    _deleted: false,
  };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const PLAN_SQL = (where: string) =>
  `EXPLAIN ${values.postgres ? '' : 'QUERY PLAN '}SELECT id FROM docs WHERE collection = ? AND (server_updated_at, id) > (?, ?) AND ${where}
   ORDER BY server_updated_at, id LIMIT ?`;

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
  const storage = await openPostgresStorage(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    storage,
    plan: async (sql, params) =>
      (await client.query(toPgPlaceholders(sql), params)).rows.map((r: Record<string, string>) => Object.values(r)[0]).join(' | '),
    done: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'xiaoan-bench-'));
  const target = await openTarget(dir);
  try {
    const storage = target.storage;
    const hub = new ChangeHub();

    const t = process.hrtime.bigint();
    const first = validateDoc('people', student(0));
    if (!first.ok) throw new Error(`bench document invalid: ${first.message}`);
    await commit(storage, hub, async (tx, changes) => {
      for (let start = 0; start < N; start += 5000) {
        const writes = Array.from({ length: Math.min(5000, N - start) }, (_, k) => toWrite('people', student(start + k)));
        await tx.putDocs('people', writes);
      }
      await createAccount(tx, changes, {
        username: 'bench-county',
        password: PASSWORD,
        mustChangePassword: false,
        role: 'county_admin',
        orgId: '411502',
        orgPath: COUNTY,
        displayName: 'bench',
      });
      await createAccount(tx, changes, {
        username: 'bench-teacher',
        password: PASSWORD,
        mustChangePassword: false,
        role: 'teacher',
        orgId: 'sch-7',
        orgPath: schoolPath(7),
        displayName: 'bench',
      });
    });
    await storage.analyze();
    const seedMs = ms(t);

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
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      return ((await res.json()) as { token: string }).token;
    };

    const pullAll = async (token: string) => {
      let checkpoint: unknown = null;
      let count = 0;
      let requests = 0;
      let bytes = 0;
      const start = process.hrtime.bigint();
      for (;;) {
        const q = new URLSearchParams({ limit: String(BATCH) });
        if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
        const res = await fetch(`${base}/api/sync/people/pull?${q}`, { headers: { authorization: `Bearer ${token}` } });
        const text = await res.text();
        bytes += text.length;
        const page = JSON.parse(text) as { documents: unknown[]; checkpoint: unknown };
        requests++;
        count += page.documents.length;
        checkpoint = page.checkpoint;
        if (page.documents.length < BATCH) break;
      }
      const elapsed = ms(start);
      return { count, requests, bytes, ms: elapsed, perSecond: Math.round((count / elapsed) * 1000) };
    };

    const county = await pullAll(await login('bench-county'));
    const teacher = await pullAll(await login('bench-teacher'));

    // Query plans of the two scopes.
    const plan = (p: Principal) => {
      const where = scopeCondition(readScope(p, 'people'));
      return target.plan(PLAN_SQL(where.sql), ['people', 0, '', ...(where.params as (string | number)[]), BATCH]);
    };
    const countyPlan = await plan({ id: 'x', role: 'county_admin', orgId: '411502', orgPath: COUNTY, personId: '' });
    const teacherPlan = await plan({ id: 'x', role: 'teacher', orgId: 'sch-7', orgPath: schoolPath(7), personId: '' });
    await app.close();
    await storage.close();

    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    const kind = values.postgres ? 'PostgreSQL' : 'SQLite';
    console.log(`seeded ${N} documents in ${(seedMs / 1000).toFixed(1)} s (${kind}, one transaction)`);
    console.log(
      `county administrator: pulled ${county.count} documents in ${county.requests} requests of ${BATCH}, ` +
        `${(county.ms / 1000).toFixed(2)} s, ${county.perSecond} documents/s, ${mb(county.bytes)} MB`,
    );
    console.log(
      `teacher (one school): pulled ${teacher.count} documents in ${teacher.requests} requests, ` +
        `${teacher.ms.toFixed(0)} ms, ${teacher.perSecond} documents/s`,
    );
    console.log(`plan, county scope:  ${countyPlan}`);
    console.log(`plan, teacher scope: ${teacherPlan}`);
    if (values.json) {
      console.log(
        JSON.stringify({
          name: `server-pull-${storage.kind}`,
          documents: N,
          batch: BATCH,
          seedMs: Math.round(seedMs),
          county,
          teacher,
          plans: { county: countyPlan, teacher: teacherPlan },
        }),
      );
    }
  } finally {
    await target.done();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
