import { normalizeIdNumber } from './idNumber';
import { normalizePhone } from './phone';

/**
 * Masked copies of sensitive fields for lists and exports that do not need
 * the full value (people.idMasked / phoneMasked). The masked form has a
 * fixed shape whatever the input length, so it never reveals more digits
 * than a valid number would, and always fits the schema's 18 / 11 chars.
 */
const ID_STARS = '*'.repeat(10);
const PHONE_STARS = '*'.repeat(4);

/** 411502201001011234 → 4115**********1234; '' stays ''. */
export function maskIdNumber(idNumber: string): string {
  const value = normalizeIdNumber(idNumber);
  if (!value) return '';
  // Too short to keep 4 + 4 characters visible without showing most of it.
  if (value.length < 12) return '*'.repeat(Math.min(value.length, 18));
  return `${value.slice(0, 4)}${ID_STARS}${value.slice(-4)}`;
}

/** 13812345678 → 138****5678; '' stays ''. */
export function maskPhone(phone: string): string {
  const value = normalizePhone(phone);
  if (!value) return '';
  if (value.length < 9) return '*'.repeat(Math.min(value.length, 11));
  return `${value.slice(0, 3)}${PHONE_STARS}${value.slice(-4)}`;
}
