/**
 * PostgreSQL adapter (pg). Writers are serialised with a transaction-level
 * advisory lock: without it two concurrent pushes could commit in the
 * opposite order of their server timestamps, and a client that already
 * pulled past the later one would never see the earlier one.
 */
import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver';
import { migrate } from './migrations';
import { CHANGE_CHANNEL, listenForChanges } from './pgListen';
import { tryAdvisoryLock } from './pgLock';
import { SqlStorage } from './sqlStorage';

/** Arbitrary constant naming the writers' lock ("xiaoan" in ASCII). */
const WRITE_LOCK_KEY = 0x7869616f616e;

const INT8_OID = 20;

/** `?` placeholders → `$1, $2 …` (our SQL never has `?` inside literals). */
const converted = new Map<string, string>();
export function toPgPlaceholders(sql: string): string {
  let out = converted.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    converted.set(sql, out);
  }
  return out;
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

function executor(db: Queryable): SqlExecutor {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await db.query(toPgPlaceholders(sql), [...params])).rows as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      (await db.query(toPgPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

export interface PostgresOptions {
  /** Connections per process (PG_POOL_SIZE); processes × pool size must stay below max_connections. */
  poolSize?: number;
  /** Statements running longer are cancelled (PG_STATEMENT_TIMEOUT_MS); none when unset. */
  statementTimeoutMs?: number;
}

export const DEFAULT_POOL_SIZE = 10;

export function openPostgresDriver(connectionString: string, options: PostgresOptions = {}): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    // BIGINT columns hold millisecond timestamps: safe as JS numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the server.
  pool.on('error', () => undefined);

  return {
    dialect: 'postgres',
    reader: executor(pool),
    async transaction<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    notify: async (ex, payload) => {
      await ex.run('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, payload]);
    },
    listen: (listener) => listenForChanges(connectionString, listener),
    tryLock: (name, onLost) => tryAdvisoryLock(connectionString, name, onLost),
    close: () => pool.end(),
  };
}

export async function openPostgresStorage(connectionString: string, options: PostgresOptions = {}): Promise<SqlStorage> {
  const driver = openPostgresDriver(connectionString, options);
  await migrate(driver);
  return new SqlStorage(driver);
}
