import { describe, expect, it } from 'vitest';
import { foldFullWidth, normalizeCell, normalizeCompact } from '@/domain/roster/normalizeText';

describe('foldFullWidth', () => {
  it('folds full-width letters, digits and punctuation to ASCII', () => {
    expect(foldFullWidth('ＡＢＣａｂｃ１２３')).toBe('ABCabc123');
    expect(foldFullWidth('（１）班')).toBe('(1)班');
    expect(foldFullWidth('！～')).toBe('!~');
  });

  it('leaves Chinese characters and the ideographic space alone', () => {
    expect(foldFullWidth('张三\u3000一班')).toBe('张三\u3000一班');
  });
});

describe('normalizeCell', () => {
  it('returns an empty string for null and undefined', () => {
    expect(normalizeCell(null)).toBe('');
    expect(normalizeCell(undefined)).toBe('');
  });

  it('stringifies numbers as Excel cells deliver them', () => {
    expect(normalizeCell(13812345678)).toBe('13812345678');
    expect(normalizeCell(false)).toBe('false');
  });

  it('collapses every kind of space to one and trims', () => {
    expect(normalizeCell('\u3000张\u00a0\u00a0三\t\n')).toBe('张 三');
  });

  it('drops zero-width characters, direction marks, soft hyphens and the BOM', () => {
    expect(normalizeCell('\ufeff一\u200b班\u200e\u200f\u2060\u00ad')).toBe('一班');
  });
});

describe('normalizeCompact', () => {
  it('removes inner spaces as well', () => {
    expect(normalizeCompact(' 4115 0220 1001 011234 ')).toBe('411502201001011234');
    expect(normalizeCompact('张\u3000三')).toBe('张三');
  });

  it('folds full-width characters first', () => {
    expect(normalizeCompact('１３８ １２３４ ５６７８')).toBe('13812345678');
  });
});
