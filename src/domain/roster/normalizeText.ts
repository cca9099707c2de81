/**
 * Cell and form text as people paste it: full-width letters and digits
 * (ＡＢＣ１２３), ideographic spaces (U+3000), non-breaking and zero-width
 * spaces. Folding these first lets every later rule see one spelling.
 */
const FULL_WIDTH_START = 0xff01; // ！
const FULL_WIDTH_END = 0xff5e; // ～
const FULL_TO_ASCII_OFFSET = 0xfee0;
// Zero-width spaces and joiners, LRM/RLM direction marks (pasted from web
// pages), word joiner, soft hyphen and the byte-order mark.
const INVISIBLE = /[\u200b-\u200f\u2060\u00ad\ufeff]/g;
const SPACES = /[\s\u00a0\u3000]+/g;

/** Fold full-width ASCII variants (letters, digits, punctuation) to ASCII. */
export function foldFullWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= FULL_WIDTH_START && code <= FULL_WIDTH_END ? String.fromCodePoint(code - FULL_TO_ASCII_OFFSET) : char;
  }
  return out;
}

/** Fold full-width characters, drop invisible characters, trim all kinds of space. */
export function normalizeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return foldFullWidth(String(value)).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** As `normalizeCell`, and also remove inner spaces (names, ID numbers, codes). */
export function normalizeCompact(value: unknown): string {
  return normalizeCell(value).replace(/ /g, '');
}
