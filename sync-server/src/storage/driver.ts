import type { ChangeListener, OwnedLock, StorageKind, Unlisten } from './types';

/** A value SQL parameters may carry (booleans are stored as 0/1 by the caller; bytes as BLOB / BYTEA). */
export type SqlValue = string | number | null | Uint8Array;

/** Runs SQL written with `?` placeholders. */
export interface SqlExecutor {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/**
 * The little each database has to provide: committed reads, and serialised
 * write transactions (SQLite: one writer connection behind a queue;
 * PostgreSQL: an advisory lock per transaction).
 */
export interface SqlDriver {
  readonly dialect: StorageKind;
  /** Reads outside a transaction: see only committed data. */
  readonly reader: SqlExecutor;
  transaction<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T>;
  /** Cross-process announcements (PostgreSQL only). */
  notify?(ex: SqlExecutor, payload: string): Promise<void>;
  listen?(listener: ChangeListener): Promise<Unlisten>;
  /** A lock held by this process across transactions (PostgreSQL only; see Storage.tryOwn). */
  tryLock?(name: string, onLost: () => void): Promise<OwnedLock | undefined>;
  close(): Promise<void>;
}
