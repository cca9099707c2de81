import { join } from 'node:path';
import { openPostgresStorage, type PostgresOptions } from './postgres';
import { openSqliteStorage } from './sqlite';
import type { Storage } from './types';

export type { Storage, StorageKind, StorageTx } from './types';

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  postgres?: PostgresOptions;
}

export const SQLITE_FILE = 'xiaoan.sqlite';

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export function openStorage(options: StorageOptions): Promise<Storage> {
  if (isPostgresUrl(options.databaseUrl)) return openPostgresStorage(options.databaseUrl, options.postgres);
  return openSqliteStorage(join(options.dataDir, SQLITE_FILE));
}
