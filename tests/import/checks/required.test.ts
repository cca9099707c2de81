import { describe, expect, it } from 'vitest';
import { checkRequired } from '@/import/checks/required';
import { IDS } from '../helpers/workbooks';
import { checkTeachers, studentFindings } from './helpers';

describe('required fields', () => {
  it('reports a blank name, ID number and class of a student, naming the column', () => {
    expect(studentFindings([['', IDS.boy2016, '一班', '男'], ['黎涛', '', '一班', '男'], ['黎涛', IDS.boy2016b, '', '男']])).toEqual([
      [2, 'A', 'required'],
      [3, 'B', 'required'],
      [4, 'C', 'required'],
    ]);
  });

  it('accepts a blank gender: it is read from the ID number', () => {
    expect(studentFindings([['黎涛', IDS.boy2016, '一班', '']])).toEqual([]);
  });

  it('lets a teacher head no class, but not give a class without its grade', () => {
    const result = checkTeachers([
      ['石重阳', IDS.womanTeacher, '', '', '', '女'],
      ['余行磊', IDS.manTeacher, '', '二班', '', '男'],
    ]);
    expect(result.findings.map((f) => [f.row, f.column, f.code])).toEqual([[3, 'C', 'required']]);
  });

  it('carries the header for the message', () => {
    expect(checkRequired('school', { schoolName: '某小学' })).toContainEqual({ field: 'stage', code: 'required', params: { header: '年级段' } });
  });
});
