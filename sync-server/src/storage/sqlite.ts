/**
 * SQLite adapter (better-sqlite3). Two connections to one WAL file: the
 * writer runs transactions one at a time behind a queue; the reader serves
 * pulls and only ever sees committed data, even while a push transaction
 * is open across awaits.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver';
import { migrate } from './migrations';
import { SqlStorage } from './sqlStorage';

type Db = Database.Database;

function executor(db: Db): SqlExecutor {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) => prepare(sql).run(...params).changes,
  };
}

export function openSqliteDriver(file: string): SqlDriver {
  mkdirSync(dirname(file), { recursive: true });
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  writer.pragma('busy_timeout = 5000');
  writer.pragma('foreign_keys = ON');
  const reader = new Database(file);
  reader.pragma('busy_timeout = 5000');
  reader.pragma('query_only = ON');

  const writeEx = executor(writer);
  let queue: Promise<unknown> = Promise.resolve();

  return {
    dialect: 'sqlite',
    reader: executor(reader),
    transaction<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        writer.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(writeEx);
          writer.exec('COMMIT');
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      writer.pragma('optimize');
      reader.close();
      writer.close();
    },
  };
}

export async function openSqliteStorage(file: string): Promise<SqlStorage> {
  const driver = openSqliteDriver(file);
  await migrate(driver);
  return new SqlStorage(driver);
}
