import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseSmallNumber, toChineseNumeral } from '@/domain/roster/chineseNumerals';

describe('toChineseNumeral', () => {
  it('spells 1–99 the usual way', () => {
    expect([1, 9, 10, 11, 12, 20, 21, 99].map(toChineseNumeral)).toEqual(['一', '九', '十', '十一', '十二', '二十', '二十一', '九十九']);
  });

  it('returns an empty string outside 1–99', () => {
    expect([0, 100, 1.5, -3].map(toChineseNumeral)).toEqual(['', '', '', '']);
  });
});

describe('parseChineseNumeral', () => {
  it('round-trips every number 1–99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('accepts the redundant 一十二 spelling', () => {
    expect(parseChineseNumeral('一十二')).toBe(12);
  });

  it('rejects digit strings that are not numerals', () => {
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('一二')).toBeNull();
    expect(parseChineseNumeral('十十')).toBeNull();
    expect(parseChineseNumeral('百')).toBeNull();
  });
});

describe('parseSmallNumber', () => {
  it('reads Arabic and Chinese numbers', () => {
    expect(parseSmallNumber('3')).toBe(3);
    expect(parseSmallNumber('03')).toBe(3);
    expect(parseSmallNumber('12')).toBe(12);
    expect(parseSmallNumber('三')).toBe(3);
  });

  it('rejects zero and three-digit numbers', () => {
    expect(parseSmallNumber('0')).toBeNull();
    expect(parseSmallNumber('100')).toBeNull();
    expect(parseSmallNumber('a')).toBeNull();
  });
});
