import { describe, expect, it } from 'vitest';
import { normalizePersonName, validatePersonName } from '@/domain/roster/personName';

describe('normalizePersonName', () => {
  it('removes spaces padded between Han characters', () => {
    expect(normalizePersonName('张  三')).toBe('张三');
    expect(normalizePersonName('\u3000王\u3000小明 ')).toBe('王小明');
  });

  it('unifies the middle dot variants', () => {
    for (const dot of ['•', '・', '‧', '∙', '．', '.', '·']) {
      expect(normalizePersonName(`阿依古丽${dot}买买提`)).toBe('阿依古丽·买买提');
    }
  });
});

describe('validatePersonName', () => {
  it('accepts Han names, ethnic names with a dot and Latin letters', () => {
    expect(validatePersonName('张三')).toEqual({ ok: true, value: '张三' });
    expect(validatePersonName('欧阳娜娜')).toEqual({ ok: true, value: '欧阳娜娜' });
    expect(validatePersonName('阿依古丽•买买提')).toEqual({ ok: true, value: '阿依古丽·买买提' });
    expect(validatePersonName('王A')).toEqual({ ok: true, value: '王A' });
  });

  it('requires a name', () => {
    expect(validatePersonName('  ')).toMatchObject({ ok: false, code: 'person.nameRequired' });
  });

  it('enforces 2–20 characters', () => {
    expect(validatePersonName('张')).toMatchObject({ ok: false, code: 'person.nameLength', params: { min: 2, max: 20 } });
    expect(validatePersonName('张'.repeat(20))).toMatchObject({ ok: true });
    expect(validatePersonName('张'.repeat(21))).toMatchObject({ ok: false, code: 'person.nameLength' });
  });

  it('counts characters outside the BMP as one', () => {
    expect(validatePersonName('𠀾𠀾')).toMatchObject({ ok: true });
  });

  it.each([
    ['张三(转学)', '()'],
    ['张三（借读）', '()'],
    ['李四2', '2'],
    ['王五【】', '【】'],
    ['John Smith', ' '],
    ['张三,李四', ','],
    ['赵六-', '-'],
  ])('rejects %s, naming the characters %j', (name, chars) => {
    expect(validatePersonName(name)).toEqual({ ok: false, value: expect.any(String), code: 'person.nameForbiddenChars', params: { chars } });
  });

  it('rejects a dot at either end or doubled', () => {
    expect(validatePersonName('·买买提')).toMatchObject({ ok: false, code: 'person.nameMisplacedDot' });
    expect(validatePersonName('买买提·')).toMatchObject({ ok: false, code: 'person.nameMisplacedDot' });
    expect(validatePersonName('阿依··买买提')).toMatchObject({ ok: false, code: 'person.nameMisplacedDot' });
  });
});
