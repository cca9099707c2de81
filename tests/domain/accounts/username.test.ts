import { describe, expect, it } from 'vitest';
import { assignUsername, baseUsername, FALLBACK_USERNAME } from '@/domain/accounts/username';

describe('baseUsername', () => {
  it.each([
    ['王浩', 'wanghao'],
    ['曾国藩', 'zengguofan'],
    ['单田芳', 'shantianfang'],
    ['仇英', 'qiuying'],
    ['解缙', 'xiejin'],
    ['区永', 'ouyong'],
    ['朴树', 'piaoshu'],
    ['查良镛', 'zhaliangyong'],
    ['尉迟恭', 'yuchigong'],
    ['欧阳修', 'ouyangxiu'],
    ['司马光', 'simaguang'],
    ['诸葛亮', 'zhugeliang'],
    ['上官婉儿', 'shangguanwaner'],
    ['吕布', 'lvbu'],
    ['女娲', 'nvwa'],
    ['李乐乐', 'lilele'],
    ['阿依古丽·买买提', 'ayigulimaimaiti'],
    [' 张　三 ', 'zhangsan'],
  ])('%s → %s', (name, username) => {
    expect(baseUsername(name)).toBe(username);
  });

  it('is lower-case ASCII letters only', () => {
    expect(baseUsername('王Anna')).toBe('wanganna');
  });

  it('falls back when a name has no letters at all', () => {
    expect(baseUsername('')).toBe(FALLBACK_USERNAME);
    expect(baseUsername('·')).toBe(FALLBACK_USERNAME);
  });

  it('leaves room for a suffix within 64 characters', () => {
    expect(baseUsername('张'.repeat(20)).length).toBeLessThanOrEqual(40);
  });
});

describe('assignUsername', () => {
  it('returns the base when it is free', () => {
    expect(assignUsername('wanghao', () => false)).toBe('wanghao');
  });

  it('appends 2 on the first collision, then counts up', () => {
    const taken = new Set(['wanghao']);
    expect(assignUsername('wanghao', (u) => taken.has(u))).toBe('wanghao2');
    taken.add('wanghao2');
    taken.add('wanghao3');
    expect(assignUsername('wanghao', (u) => taken.has(u))).toBe('wanghao4');
  });

  it('fills a gap left by a deleted account', () => {
    const taken = new Set(['wanghao', 'wanghao3']);
    expect(assignUsername('wanghao', (u) => taken.has(u))).toBe('wanghao2');
  });

  it('fails loudly instead of spinning when everything is taken', () => {
    expect(() => assignUsername('a'.repeat(60), () => true)).toThrow(/no free username/);
  });
});
