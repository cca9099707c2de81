/**
 * Table definitions written once for both dialects. Migrations name a
 * column's kind (`key`, `text`, …); the dialect decides its SQL type.
 * The text produced is part of released migrations (SQLite keeps it as the
 * table's schema): change how it is laid out and a fresh database would
 * differ from an upgraded one, so tests pin it (tests/server/migrationsSql.test.ts).
 */
import type { StorageKind } from './types';

/** Column types per dialect. PostgreSQL compares paths and ids byte-wise ("C"), like SQLite. */
export const COLUMN_TYPES = {
  sqlite: { key: 'TEXT', text: 'TEXT', int: 'INTEGER', flag: 'INTEGER', bytes: 'BLOB' },
  postgres: { key: 'TEXT COLLATE "C"', text: 'TEXT', int: 'BIGINT', flag: 'SMALLINT', bytes: 'BYTEA' },
} as const;

export type ColumnKind = keyof (typeof COLUMN_TYPES)['sqlite'];

/**
 * A column as `kind` or `kind <what follows>`, e.g. `"key DEFAULT ''"`.
 * Every column is NOT NULL (readers never tell NULL from empty) except a
 * single-column primary key, which says `PRIMARY KEY` instead.
 */
export type ColumnSpec = ColumnKind | `${ColumnKind} ${string}`;

function columnSql(kind: StorageKind, name: string, spec: ColumnSpec): string {
  const [type, ...rest] = spec.split(' ') as [ColumnKind, ...string[]];
  const after = rest.join(' ');
  const constraint = after.startsWith('PRIMARY KEY') ? after : ['NOT NULL', after].filter(Boolean).join(' ');
  return `${name} ${COLUMN_TYPES[kind][type]} ${constraint}`;
}

/** `CREATE TABLE`, one column a line, then the table constraints (e.g. a composite primary key). */
export function createTable(
  kind: StorageKind,
  table: string,
  columns: Record<string, ColumnSpec>,
  ...constraints: string[]
): string {
  const lines = [...Object.entries(columns).map(([name, spec]) => columnSql(kind, name, spec)), ...constraints];
  return `CREATE TABLE ${table} (\n      ${lines.join(',\n      ')}\n    )`;
}
