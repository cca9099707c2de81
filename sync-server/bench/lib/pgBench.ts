/**
 * A fresh PostgreSQL database for one bench run (created through an
 * administrative connection, dropped afterwards), and an HTTP client of
 * the real server for the bench accounts.
 */
import pg from 'pg';
import { BENCH_PASSWORD } from '../seed';

export interface BenchDatabase {
  url: string;
  client: pg.Client;
  drop(): Promise<void>;
}

export async function createBenchDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `xiaoan_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    url: url.toString(),
    client,
    async drop() {
      await client.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function benchLogin(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Command-line options every PostgreSQL bench takes. */
export const PG_BENCH_OPTIONS = {
  postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  json: { type: 'boolean', default: false },
} as const;
