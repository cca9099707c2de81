import { describe, expect, it } from 'vitest';
import {
  canonicalClassName,
  classNameOrder,
  classSortKey,
  compareClassNames,
  findClassMismatch,
  isCanonicalClassName,
  normalizeClassName,
} from '@/domain/roster/className';

describe('isCanonicalClassName', () => {
  it.each(['一班', '二班', '十班', '十一班', '十二班', '二十班', '实验班', '火箭班', '实验一班', '高一班'])('accepts %s', (name) => {
    expect(isCanonicalClassName(name)).toBe(true);
  });

  it.each(['', '班', '3班', '(1)班', '一 班', '一十二班', '一二班', '三', 'A班', '一班级', '初一3班', '一年级', '三年级二班', '初一二班'])('rejects %j', (name) => {
    expect(isCanonicalClassName(name)).toBe(false);
  });
});

describe('normalizeClassName', () => {
  it('leaves canonical names alone', () => {
    expect(normalizeClassName('三班')).toEqual({ value: '三班', changed: false });
    expect(normalizeClassName('实验班')).toEqual({ value: '实验班', changed: false });
  });

  it('folds spaces and full-width characters without a suggestion when that is enough', () => {
    expect(normalizeClassName(' 一 班 ')).toEqual({ value: '一班', changed: true });
    expect(normalizeClassName('实验\u3000班')).toEqual({ value: '实验班', changed: true });
  });

  it.each([
    ['3班', '3班', '三班'],
    ['3', '3', '三班'],
    ['三', '三', '三班'],
    ['(1)班', '(1)班', '一班'],
    ['（１）班', '(1)班', '一班'],
    ['【2】班', '【2】班', '二班'],
    ['1班', '1班', '一班'],
    ['03班', '03班', '三班'],
    ['12班', '12班', '十二班'],
    ['一十二班', '一十二班', '十二班'],
    ['初一3班', '初一3班', '三班'],
    ['七年级(2)班', '七年级(2)班', '二班'],
    ['三年级二班', '三年级二班', '二班'],
  ])('suggests a canonical spelling for %s', (input, value, suggestion) => {
    expect(normalizeClassName(input)).toEqual({ value, changed: input !== value, suggestion });
  });

  it('offers no suggestion when none can be derived', () => {
    expect(normalizeClassName('A班')).toEqual({ value: 'A班', changed: false });
    expect(normalizeClassName('一二班')).toEqual({ value: '一二班', changed: false });
    expect(normalizeClassName('100班')).toEqual({ value: '100班', changed: false });
    expect(normalizeClassName('')).toEqual({ value: '', changed: false });
  });
});

describe('canonicalClassName', () => {
  it('returns the suggestion, or the folded value', () => {
    expect(canonicalClassName('3班')).toBe('三班');
    expect(canonicalClassName('A 班')).toBe('A班');
  });
});

describe('classNameOrder', () => {
  it('sorts numbered classes by number, then named classes', () => {
    const names = ['实验班', '十班', '二班', '一班', '十二班', '三班'];
    expect([...names].sort(compareClassNames)).toEqual(['一班', '二班', '三班', '十班', '十二班', '实验班']);
  });

  it('orders named classes by code point, the same on every device', () => {
    // Not by pinyin: the key is stored (orgs.sortKey) and compared by IndexedDB.
    expect(compareClassNames('实验班', '火箭班')).toBeLessThan(0);
  });

  it('sorts misspelt numbers with their canonical form', () => {
    expect(classNameOrder('3班')).toBe(classNameOrder('三班'));
    expect(compareClassNames('10班', '九班')).toBeGreaterThan(0);
    expect(compareClassNames('一班', '一班')).toBe(0);
  });
});

describe('classSortKey', () => {
  it('orders by grade first, then by class', () => {
    const keys = [classSortKey('J1', '一班'), classSortKey('P6', '实验班'), classSortKey('P6', '十班'), classSortKey('P1', '二班')];
    expect([...keys].sort()).toEqual([
      classSortKey('P1', '二班'), classSortKey('P6', '十班'), classSortKey('P6', '实验班'), classSortKey('J1', '一班'),
    ]);
  });
});

describe('findClassMismatch', () => {
  const existing = ['一班', '二班', '三班', '实验班'];

  it('returns the existing spelling of the same class', () => {
    expect(findClassMismatch('3班', existing)).toBe('三班');
    expect(findClassMismatch('(1)班', existing)).toBe('一班');
    expect(findClassMismatch('实验 班', existing)).toBe('实验班');
  });

  it('returns null for an exact match or an unknown class', () => {
    expect(findClassMismatch('三班', existing)).toBeNull();
    expect(findClassMismatch('四班', existing)).toBeNull();
    expect(findClassMismatch('4班', existing)).toBeNull();
    expect(findClassMismatch('', existing)).toBeNull();
  });

  it('prefers a canonical existing spelling', () => {
    expect(findClassMismatch('（3）班', ['3班', '三班'])).toBe('三班');
    expect(findClassMismatch('03班', ['3班'])).toBe('3班');
  });
});
