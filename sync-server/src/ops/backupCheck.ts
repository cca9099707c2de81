/**
 * Backup and restore check (docs/deploy.md): dump a PostgreSQL database
 * with pg_dump, restore it into a fresh database with pg_restore, and pull
 * every collection from both, comparing document for document.
 *
 *   npm run pg:backup-check -- [--admin postgres://postgres@127.0.0.1:5432/postgres] [--source <url>] [--keep]
 *
 * Without --source, a scratch database is created and filled with the demo
 * (the org tree, people, accounts, a clock), so the check runs anywhere
 * PostgreSQL does. With --source, that database is dumped (read only). The
 * restored copy (and the scratch source) are dropped afterwards unless --keep.
 * Exit code 0 when the restored database pulls the same documents.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { COLLECTION_NAMES } from '#domain/schemas/index';
import { ensureTopAdmin } from '../bootstrap/admin';
import { ensureDemo } from '../bootstrap/demo';
import { ChangeHub } from '../replication/hub';
import { openPostgresStorage } from '../storage/postgres';
import type { Checkpoint, DocRow, Storage } from '../storage/types';

const { values } = parseArgs({
  options: {
    admin: { type: 'string', default: process.env.XIAOAN_ADMIN_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    source: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const ROOT_SCOPE = { prefixes: ['/'], exactPaths: [], ids: [], subjectIds: [] };
const TABLES = ['docs', 'departures', 'users', 'sessions', 'schema_migrations', 'meta'];

function dbUrl(name: string): string {
  const url = new URL(values.admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: values.admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Every document and departure of a collection, as a device with the whole tree in scope pulls them. */
async function pullAll(storage: Storage, collection: string): Promise<DocRow[]> {
  const out: DocRow[] = [];
  let checkpoint: Checkpoint | null = null;
  for (;;) {
    const rows = await storage.pull(collection, ROOT_SCOPE, checkpoint, 500);
    out.push(...rows);
    const last = rows[rows.length - 1];
    if (rows.length < 500 || !last) return out;
    checkpoint = { updatedAt: last.updatedAt, id: last.id };
  }
}

/** Row counts and the server clock, which must survive too. */
async function tableFigures(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const counts: string[] = [];
    for (const table of TABLES) counts.push(`${table} ${(await c.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n}`);
    counts.push(`clock ${(await c.query('SELECT last_value FROM server_clock WHERE id = 1')).rows[0].last_value}`);
    return counts.join(', ');
  } finally {
    await c.end();
  }
}

async function main(): Promise<number> {
  const stamp = `${process.pid}_${Date.now()}`;
  const scratch = values.source ? undefined : `xiaoan_backup_src_${stamp}`;
  const restoredName = `xiaoan_backup_restored_${stamp}`;
  const sourceUrl = values.source ?? dbUrl(scratch as string);
  const dir = mkdtempSync(join(tmpdir(), 'xiaoan-backup-'));
  const dump = join(dir, 'xiaoan.dump');
  const opened: Storage[] = [];
  try {
    if (scratch) {
      await adminQuery(`CREATE DATABASE ${scratch}`);
      const storage = await openPostgresStorage(sourceUrl);
      opened.push(storage);
      const hub = new ChangeHub();
      await ensureTopAdmin(storage, hub, 'Backup-check-2468');
      await ensureDemo(storage, hub);
      console.log(`source: scratch database ${scratch} with the demo`);
    }
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, sourceUrl], { stdio: 'inherit' });
    await adminQuery(`CREATE DATABASE ${restoredName}`);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${dbUrl(restoredName)}`, dump], { stdio: 'inherit' });
    console.log(`dumped with pg_dump --format=custom and restored with pg_restore into ${restoredName}`);

    const source = opened[0] ?? (await openPostgresStorage(sourceUrl));
    if (!opened.length) opened.push(source);
    // Opening the copy runs the migrations: none may be pending after a restore.
    const restored = await openPostgresStorage(dbUrl(restoredName));
    opened.push(restored);

    let problems = 0;
    let documents = 0;
    for (const collection of COLLECTION_NAMES) {
      const [a, b] = await Promise.all([pullAll(source, collection), pullAll(restored, collection)]);
      documents += a.length;
      const same = a.length === b.length && a.every((row, i) => JSON.stringify(row) === JSON.stringify(b[i]));
      if (!same) problems++;
      console.log(`${same ? 'same' : 'DIFFERENT'}  ${collection}: ${a.length} pulled from the source, ${b.length} from the restored copy`);
    }
    const [figuresA, figuresB] = [await tableFigures(sourceUrl), await tableFigures(dbUrl(restoredName))];
    if (figuresA !== figuresB) problems++;
    console.log(`${figuresA === figuresB ? 'same' : 'DIFFERENT'}  tables: ${figuresA}${figuresA === figuresB ? '' : ` / restored: ${figuresB}`}`);
    console.log(problems ? `backup check FAILED (${problems} differences)` : `backup check passed: ${documents} documents pulled alike`);
    return problems ? 1 : 0;
  } finally {
    for (const storage of opened) await storage.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (!values.keep) {
      await adminQuery(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      if (scratch) await adminQuery(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
