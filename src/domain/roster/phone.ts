import { normalizeCell } from './normalizeText';

/**
 * Mainland mobile numbers: 11 digits starting 1[3-9]. People write them
 * with a country code (+86, 0086, 86) and group them with spaces, dashes,
 * dots or brackets; we store the bare 11 digits.
 */
export type PhoneError = 'phone.required' | 'phone.invalid';

export type PhoneResult = { ok: true; value: string } | { ok: false; value: string; code: PhoneError };

const SEPARATORS = /[\s\-.()（）]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/** Fold and strip separators and a leading country code; does not validate. */
export function normalizePhone(raw: unknown): string {
  const compact = normalizeCell(raw).replace(SEPARATORS, '');
  const national = /^(?:\+?86|0086)(1\d{10})$/.exec(compact);
  return national?.[1] ?? compact;
}

export function validatePhone(raw: unknown): PhoneResult {
  const value = normalizePhone(raw);
  if (!value) return { ok: false, value, code: 'phone.required' };
  if (!MOBILE.test(value)) return { ok: false, value, code: 'phone.invalid' };
  return { ok: true, value };
}
