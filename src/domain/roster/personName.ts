import { normalizeCell } from './normalizeText';

/**
 * Personal names as the templates require: no spaces, brackets, digits or
 * similar characters; the middle dot of transcribed ethnic names
 * (阿依古丽·买买提) is allowed. Foreign and HK/Macau/Taiwan people are
 * handled separately, so only Han characters, Latin letters and the dot
 * pass.
 */
export const NAME_MIN = 2;
export const NAME_MAX = 20;
export const NAME_DOT = '·'; // U+00B7, the dot GB 18030 fonts render centred

export type PersonNameResult =
  | { ok: true; value: string }
  | { ok: false; value: string; code: string; params?: Record<string, string | number> };

/** Dots people type instead of U+00B7: bullet, katakana dot, full-width and ASCII full stops, ∙. */
const DOT_VARIANTS = /[•・‧∙．.]/g;
/** Spaces between Han characters: 张  三 is padded to align with three-character names. */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const ALLOWED = /^[\p{Script=Han}A-Za-z·]$/u;

export function normalizePersonName(raw: unknown): string {
  return normalizeCell(raw).replace(SPACE_BETWEEN_HAN, '').replace(DOT_VARIANTS, NAME_DOT);
}

export function validatePersonName(raw: unknown): PersonNameResult {
  const value = normalizePersonName(raw);
  if (!value) return { ok: false, value, code: 'person.nameRequired' };
  const chars = Array.from(value);
  const forbidden = [...new Set(chars.filter((c) => !ALLOWED.test(c)))];
  if (forbidden.length > 0) {
    return { ok: false, value, code: 'person.nameForbiddenChars', params: { chars: forbidden.join('') } };
  }
  if (value.startsWith(NAME_DOT) || value.endsWith(NAME_DOT) || value.includes(NAME_DOT + NAME_DOT)) {
    return { ok: false, value, code: 'person.nameMisplacedDot' };
  }
  if (chars.length < NAME_MIN || chars.length > NAME_MAX) {
    return { ok: false, value, code: 'person.nameLength', params: { min: NAME_MIN, max: NAME_MAX } };
  }
  return { ok: true, value };
}
