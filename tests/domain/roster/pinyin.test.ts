import { describe, expect, it } from 'vitest';
import { nameSearchKey, nameSyllables } from '@/domain/roster/pinyin';

describe('nameSyllables', () => {
  it('reads the surname with its surname pronunciation', () => {
    expect(nameSyllables('曾国藩').tokens).toEqual(['zeng', 'guo', 'fan']);
    expect(nameSyllables('单田芳').tokens).toEqual(['shan', 'tian', 'fang']);
    expect(nameSyllables('尉迟恭').tokens).toEqual(['yu', 'chi', 'gong']);
  });

  it('reads the given name normally', () => {
    // In surname mode over the whole string 乐 would read yue.
    expect(nameSyllables('李乐乐').tokens).toEqual(['li', 'le', 'le']);
    expect(nameSyllables('贾曾').tokens).toEqual(['jia', 'ceng']);
  });

  it('writes ü as v', () => {
    expect(nameSyllables('吕绿').tokens).toEqual(['lv', 'lv']);
  });

  it('keeps runs of Latin letters as one token and skips dots', () => {
    expect(nameSyllables('阿依古丽·买买提').tokens).toEqual(['a', 'yi', 'gu', 'li', 'mai', 'mai', 'ti']);
    expect(nameSyllables('王Anna').tokens).toEqual(['wang', 'anna']);
  });

  it('returns no tokens for an empty name', () => {
    expect(nameSyllables(' ').tokens).toEqual([]);
  });
});

describe('nameSearchKey', () => {
  it('joins the name, its full pinyin and its initials', () => {
    expect(nameSearchKey('张三')).toBe('张三 zhangsan zs');
    expect(nameSearchKey('曾小贤')).toBe('曾小贤 zengxiaoxian zxx');
    expect(nameSearchKey('欧阳娜娜')).toBe('欧阳娜娜 ouyangnana oynn');
  });

  it('is lower-case and drops duplicate parts', () => {
    expect(nameSearchKey('Tom')).toBe('tom t');
    expect(nameSearchKey('王Anna')).toBe('王anna wanganna wa');
  });

  it('normalises spacing and full-width letters', () => {
    expect(nameSearchKey(' 张　三 ')).toBe('张三 zhangsan zs');
  });

  it('is empty for an empty name', () => {
    expect(nameSearchKey('')).toBe('');
  });

  it('fits the 200-character schema field', () => {
    expect(nameSearchKey('张'.repeat(50)).length).toBeLessThanOrEqual(200);
  });
});
