import { describe, expect, it } from 'vitest';
import { checkClassNameChars, checkInnerSpaces } from '@/import/checks/forbiddenChars';
import { IDS } from '../helpers/workbooks';
import { studentFindings } from './helpers';

/** 填写的内容中不可带有空格、括号等字符 (附件5/6 rule 4). */
describe('forbidden characters', () => {
  it('reports a space inside a name, although a form would close it up', () => {
    expect(studentFindings([['龚 琪华', IDS.girl2016, '一班', '女']])).toEqual([[2, 'A', 'forbiddenChar']]);
    expect(checkInnerSpaces({ name: '龚 琪华' }, ['name'])).toEqual([{ field: 'name', code: 'forbiddenChar', params: { chars: ' ' } }]);
  });

  it('reports brackets of any width and other symbols in names (the domain name rule)', () => {
    expect(studentFindings([['李娜(小)', IDS.girl2016, '一班', '女'], ['李娜【小】', IDS.girl2016b, '一班', '女'], ['李娜#', IDS.boy2016, '一班', '男']])).toEqual([
      [2, 'A', 'forbiddenChar'],
      [3, 'A', 'forbiddenChar'],
      [4, 'A', 'forbiddenChar'],
    ]);
  });

  it('accepts the middle dot of transcribed names', () => {
    expect(studentFindings([['阿依古丽·买买提', IDS.girl2016, '一班', '女']])).toEqual([]);
  });

  it('reports brackets in class names as forbidden characters, not as a class format problem', () => {
    expect(studentFindings([['诸葛诺', IDS.girl2016, '二班（重点）', '女']])).toEqual([[2, 'C', 'forbiddenChar']]);
    expect(checkClassNameChars({ className: '二班[重点]' })).toEqual([{ field: 'className', code: 'forbiddenChar', params: { chars: '[]' } }]);
    expect(checkClassNameChars({ className: '实验一班' })).toEqual([]);
  });
});
