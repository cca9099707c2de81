import { describe, expect, it } from 'vitest';
import { checkGender } from '@/import/checks/gender';
import { IDS } from '../helpers/workbooks';
import { studentFindings } from './helpers';

/** The 17th digit of the ID number is odd for men, even for women. */
describe('gender against the ID number', () => {
  it('reports a gender the ID number contradicts, saying what the ID says', () => {
    expect(checkGender('女', 'M')).toEqual({ issues: [{ field: 'gender', code: 'genderMismatch', params: { value: '女', expected: 'M' } }], value: null });
    expect(studentFindings([['程涵曦', IDS.boy2016, '一班', '女']])).toEqual([[2, 'D', 'genderMismatch']]);
  });

  it('reports a gender that is neither 男 nor 女', () => {
    expect(studentFindings([['程涵曦', IDS.boy2016, '一班', '未知']])).toEqual([[2, 'D', 'genderInvalid']]);
  });

  it('takes a blank gender from the ID number', () => {
    expect(checkGender('', 'F')).toEqual({ issues: [], value: 'F' });
  });

  it('accepts 男性 / 女性 and M / F', () => {
    expect(checkGender('男性', 'M').value).toBe('M');
    expect(checkGender('f', 'F').value).toBe('F');
  });
});
