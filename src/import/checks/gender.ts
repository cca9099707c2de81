import type { Gender } from '@/domain';
import { GENDER_BY_LABEL } from '../templates/codes';
import type { Issue } from './issue';

export type GenderCheck = { issues: Issue[]; value: Gender | null };

/**
 * 性别 against the ID number's sequence digit (odd male, even female).
 * Left blank, the gender is taken from a valid ID number.
 */
export function checkGender(text: string, fromId: Gender | null): GenderCheck {
  if (!text) return { issues: [], value: fromId };
  const given = GENDER_BY_LABEL[text.toUpperCase()] ?? null;
  if (!given) return { issues: [{ field: 'gender', code: 'genderInvalid', params: { value: text } }], value: null };
  if (fromId && given !== fromId) {
    return { issues: [{ field: 'gender', code: 'genderMismatch', params: { value: text, expected: fromId } }], value: null };
  }
  return { issues: [], value: given };
}
