/** Server configuration from the environment (see README "Sync server"). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_STREAM_LIMITS } from './replication/hub';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the SQLite file lives (unused with PostgreSQL). */
  dataDir: string;
  /** postgres://… selects PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL connections per process and statement timeout (docs/deploy.md). */
  pgPoolSize?: number;
  pgStatementTimeoutMs?: number;
  /** Initial password of the top administrator `admin` (first start only). */
  adminPassword?: string;
  /** Seed and print the demo tree and accounts. */
  demo: boolean;
  /** The built app served at / (skipped when missing). */
  distDir: string;
  version: string;
  /** Sessions expire after this long without use… */
  sessionTtlMs: number;
  /** …and this long after sign-in, however much they are used. */
  sessionMaxLifetimeMs: number;
  /** Open change streams per user and per process (the oldest is closed beyond). */
  streamsPerUser: number;
  streamsTotal: number;
  /** SSE heartbeat interval. */
  heartbeatMs: number;
  /** Honour X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_SESSION_TTL_MS = 30 * DAY_MS;
/** A stolen token stops working after this long, even on a device in daily use. */
export const DEFAULT_SESSION_MAX_LIFETIME_MS = 90 * DAY_MS;
export const DEFAULT_HEARTBEAT_MS = 25_000;

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolSize: positiveInt(env.PG_POOL_SIZE, 0) || undefined,
    pgStatementTimeoutMs: positiveInt(env.PG_STATEMENT_TIMEOUT_MS, 0) || undefined,
    adminPassword: env.XIAOAN_ADMIN_PASSWORD || undefined,
    demo: env.XIAOAN_DEMO !== '0',
    distDir: resolve(cwd, env.XIAOAN_DIST_DIR ?? './dist'),
    version: packageVersion(),
    sessionTtlMs: DEFAULT_SESSION_TTL_MS,
    sessionMaxLifetimeMs: DEFAULT_SESSION_MAX_LIFETIME_MS,
    streamsPerUser: positiveInt(env.XIAOAN_STREAMS_PER_USER, DEFAULT_STREAM_LIMITS.perUser),
    streamsTotal: positiveInt(env.XIAOAN_STREAMS_TOTAL, DEFAULT_STREAM_LIMITS.total),
    heartbeatMs: DEFAULT_HEARTBEAT_MS,
    trustProxy: env.TRUST_PROXY === '1',
  };
}
