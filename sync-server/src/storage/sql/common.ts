/** Small helpers shared by the SQL modules: placeholders, chunking, 0/1 flags. */
import type { SqlValue } from '../driver';

/** Rows per multi-row INSERT (≤ 8 parameters each stays far below every limit). */
export const WRITE_CHUNK = 200;
/** Ids per IN (…) list. */
export const READ_CHUNK = 500;

export const flag = (value: boolean): number => (value ? 1 : 0);

export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type { SqlValue };
