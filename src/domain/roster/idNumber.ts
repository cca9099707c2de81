import { normalizeCompact } from './normalizeText';
import type { Gender } from '../schemas/people';

/**
 * Resident identity card numbers, GB 11643-1999: 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd = male, even = female) and a
 * check character computed over the first 17 digits.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * Province-level codes (first two digits) of GB/T 2260, including Hong
 * Kong/Macau/Taiwan (81, 82, 71) which appear on residence permits.
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export type IdNumberError = 'id.required' | 'id.length' | 'id.format' | 'id.region' | 'id.birthDate' | 'id.checksum';

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; gender: Gender }
  | { ok: false; value: string; code: IdNumberError };

/** Normalise: fold full-width, drop spaces, upper-case a trailing x. */
export function normalizeIdNumber(raw: unknown): string {
  return normalizeCompact(raw).toUpperCase();
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** `today` as a local calendar date, YYYYMMDD. */
function localDateKey(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}${pad(today.getMonth() + 1)}${pad(today.getDate())}`;
}

/**
 * A real calendar date, not in the future, not before 1800 (the standard's
 * own example, 440524188001010014, is born in 1880). "Future" is
 * judged on calendar dates in local time: comparing the birth date's UTC
 * midnight with the current instant wrongly rejected people born today
 * when the local zone is ahead of UTC (China is UTC+8).
 */
function isRealBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1800 && yyyymmdd <= localDateKey(today);
}

/**
 * Validate an 18-character ID number. Checks run in the order a person
 * would fix them: length, characters, region, birth date, check digit.
 */
export function validateIdNumber(raw: unknown, today: Date = new Date()): IdNumberResult {
  const value = normalizeIdNumber(raw);
  if (!value) return { ok: false, value, code: 'id.required' };
  if (value.length !== 18) return { ok: false, value, code: 'id.length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, value, code: 'id.format' };
  if (!PROVINCE_CODES.has(value.slice(0, 2)) || value.slice(2, 6) === '0000') return { ok: false, value, code: 'id.region' };
  const birth = value.slice(6, 14);
  if (!isRealBirthDate(birth, today)) return { ok: false, value, code: 'id.birthDate' };
  if (checkCharacter(value) !== value[17]) return { ok: false, value, code: 'id.checksum' };
  return {
    ok: true,
    value,
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: Number(value[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/** Gender encoded in a (valid-length) ID number, or null. */
export function genderFromIdNumber(idNumber: string): Gender | null {
  const digit = idNumber[16];
  if (idNumber.length !== 18 || digit === undefined || !/\d/.test(digit)) return null;
  return Number(digit) % 2 === 1 ? 'M' : 'F';
}
