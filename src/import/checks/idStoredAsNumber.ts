import type { ParsedRow } from '../types';
import type { Issue } from './issue';

/**
 * An ID number Excel stored as a number (shown as 4.11502E+17): only 15
 * significant digits survive, so the number cannot be trusted or repaired.
 * The person must format the column as text and type the numbers again.
 */
export function checkIdStoredAsNumber(row: ParsedRow): Issue[] {
  return row.idStoredAsNumber ? [{ field: 'idNumber', code: 'idStoredAsNumber', params: { value: row.values.idNumber ?? '' } }] : [];
}
