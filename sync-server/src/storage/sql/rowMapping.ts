/**
 * A stored row type's columns, written once: the SELECT/INSERT column list,
 * the record → row conversion and the row → parameters conversion all
 * follow from one table of field kinds, so they cannot drift apart.
 * A column is its field's snake_case name (`userAgent` → `user_agent`).
 */
import type { SqlExecutor } from '../driver';
import { flag, placeholders, type SqlValue } from './common';

type KindOf<V> = [V] extends [boolean] ? 'flag' : [V] extends [number] ? 'int' : 'text';

/** Every field of a row in column order, with how it is stored: text, integer, or a 0/1 flag. */
export type ColumnKinds<Row> = { readonly [K in keyof Row & string]-?: KindOf<Row[K]> };

export interface RowMapping<Row> {
  /** The columns in field order, for SELECT and INSERT lists. */
  readonly columns: string;
  readonly count: number;
  /** The column of a field; throws for a name that is not one (a column name goes into SQL text). */
  column(field: keyof Row & string): string;
  fromRecord(record: Record<string, unknown>): Row;
  /** A row's values in column order, booleans as 0/1. */
  values(row: Row): SqlValue[];
  /** The row whose `column` equals `value` (a unique column), or undefined. */
  findOne(ex: SqlExecutor, column: string, value: string): Promise<Row | undefined>;
  insert(ex: SqlExecutor, row: Row): Promise<void>;
}

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// Drivers return integers as numbers or (PostgreSQL bigint) strings, flags as 0/1 in either form.
const READ = {
  text: (v: unknown) => v,
  int: (v: unknown) => Number(v),
  flag: (v: unknown) => Number(v) === 1,
};

/** The mapping of `table`, whose columns are exactly the fields of `kinds`. */
export function rowMapping<Row>(table: string, kinds: ColumnKinds<Row>): RowMapping<Row> {
  const fields = Object.keys(kinds) as (keyof Row & string)[];
  const columns = fields.map(snake).join(', ');
  const fromRecord = (record: Record<string, unknown>): Row =>
    Object.fromEntries(fields.map((f) => [f, READ[kinds[f]](record[snake(f)])])) as Row;
  const values = (row: Row): SqlValue[] =>
    fields.map((f) => {
      const value = row[f];
      return typeof value === 'boolean' ? flag(value) : (value as SqlValue);
    });
  return {
    columns,
    count: fields.length,
    column: (field) => {
      if (!fields.includes(field)) throw new Error(`no column for ${field}`);
      return snake(field);
    },
    fromRecord,
    values,
    async findOne(ex, column, value) {
      const [row] = await ex.all<Record<string, unknown>>(`SELECT ${columns} FROM ${table} WHERE ${column} = ?`, [value]);
      return row ? fromRecord(row) : undefined;
    },
    async insert(ex, row) {
      await ex.run(`INSERT INTO ${table} (${columns}) VALUES (${placeholders(fields.length)})`, values(row));
    },
  };
}
