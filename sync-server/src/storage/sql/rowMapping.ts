/**
 * A stored row type's columns, written once: the SELECT/INSERT column list,
 * the record → row conversion and the row → parameters conversion all
 * follow from one table of field kinds, so they cannot drift apart.
 * A column is its field's snake_case name (`userAgent` → `user_agent`).
 */
import { flag, type SqlValue } from './common';

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
}

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// Drivers return integers as numbers or (PostgreSQL bigint) strings, flags as 0/1 in either form.
const READ = {
  text: (v: unknown) => v,
  int: (v: unknown) => Number(v),
  flag: (v: unknown) => Number(v) === 1,
};

export function rowMapping<Row>(kinds: ColumnKinds<Row>): RowMapping<Row> {
  const fields = Object.keys(kinds) as (keyof Row & string)[];
  return {
    columns: fields.map(snake).join(', '),
    count: fields.length,
    column: (field) => {
      if (!fields.includes(field)) throw new Error(`no column for ${field}`);
      return snake(field);
    },
    fromRecord: (record) => Object.fromEntries(fields.map((f) => [f, READ[kinds[f]](record[snake(f)])])) as Row,
    values: (row) =>
      fields.map((f) => {
        const value = row[f];
        return typeof value === 'boolean' ? flag(value) : (value as SqlValue);
      }),
  };
}
