/**
 * Small Chinese numerals (1–99) as grade and class names use them:
 * 一 … 十, 十一, 二十, 二十三. Also accepts the redundant 一十二 spelling
 * when parsing, so it can be folded to the usual 十二.
 */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const DIGIT_VALUES: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 in the usual spelling; '' outside that range. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return '';
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return DIGITS[units] ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[units]}`;
}

/** Parse 一 … 九十九 (with or without a leading 一 before 十); null otherwise. */
export function parseChineseNumeral(text: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, first, ten, last] = match;
  if (!ten) return first && !last ? (DIGIT_VALUES[first] ?? null) : null;
  return (first ? (DIGIT_VALUES[first] ?? 0) : 1) * 10 + (last ? (DIGIT_VALUES[last] ?? 0) : 0);
}

/** Arabic (ASCII, already folded) or Chinese numeral, 1–99; null otherwise. */
export function parseSmallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 ? n : null;
  }
  return parseChineseNumeral(text);
}
