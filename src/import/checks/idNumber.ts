import { validateIdNumber, type Gender } from '@/domain';
import type { ParsedRow } from '../types';
import { findingCodeOf } from './domainCodes';
import { checkIdStoredAsNumber } from './idStoredAsNumber';
import type { Issue } from './issue';

export type IdCheck = { issues: Issue[]; value: string; gender: Gender | null };

/**
 * The ID number (GB 11643): stored as a number first, then the domain's
 * length, characters, region, real birth date and check digit, in that
 * order. `gender` is what the ID encodes, when it is valid.
 */
export function checkIdNumber(row: ParsedRow, today: Date): IdCheck {
  const text = row.values.idNumber ?? '';
  if (!text) return { issues: [], value: '', gender: null }; // checkRequired reports it
  const stored = checkIdStoredAsNumber(row);
  if (stored.length > 0) return { issues: stored, value: text, gender: null };
  const result = validateIdNumber(text, today);
  if (result.ok) return { issues: [], value: result.value, gender: result.gender };
  return { issues: [{ field: 'idNumber', code: findingCodeOf(result.code), params: { value: text, length: text.length } }], value: text, gender: null };
}
