import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '@/import/read/parseWorkbook';
import { gradeFromName } from '@/import/read/sheetGrade';
import { IDS, STUDENT_HEADER, xlsxBytes, type Cell } from '../helpers/workbooks';

/** 附件6: one grade per sheet, the sheet name is the grade. */
const ROWS: Cell[][] = [STUDENT_HEADER, ['崔秀', IDS.girl2016, '一班', '女']];

describe('student sheets are grades', () => {
  it('reads the grade from sheet names in any spelling parseGrade knows', () => {
    expect(gradeFromName('一年级')).toBe('P1');
    expect(gradeFromName('七年级')).toBe('J1');
    expect(gradeFromName('初一')).toBe('J1');
    expect(gradeFromName('学生账号导入-某小学-三年级-libreoffice')).toBe('P3');
    expect(gradeFromName('Sheet1')).toBeNull();
  });

  it('imports a workbook with one sheet per grade in one go', () => {
    const result = parseWorkbook(xlsxBytes({ 初一: ROWS, 初二: [STUDENT_HEADER, ['卢琪敏', IDS.boy2016, '一班', '男']] }), 'x.xlsx');
    expect(result.sheets.map((s) => [s.name, s.grade, s.gradeSource])).toEqual([
      ['初一', 'J1', 'sheetName'],
      ['初二', 'J2', 'sheetName'],
    ]);
  });

  it('takes the grade from the file name when the only sheet is not named after one', () => {
    const result = parseWorkbook(xlsxBytes({ Sheet1: ROWS }), '学生账号导入-某小学-五年级.xlsx');
    expect(result.sheets[0]).toMatchObject({ grade: 'P5', gradeSource: 'fileName' });
    expect(result.findings).toEqual([]);
  });

  it('says so when a sheet name is not a grade, and takes the grade the caller supplies', () => {
    const bytes = xlsxBytes({ 名单: ROWS });
    const unknown = parseWorkbook(bytes, '学生.xlsx');
    expect(unknown.findings).toMatchObject([{ code: 'gradeUnknown', sheet: '名单', row: null, params: { sheet: '名单' } }]);
    const chosen = parseWorkbook(bytes, '学生.xlsx', { gradeBySheet: { 名单: 'P2' } });
    expect(chosen.sheets[0]).toMatchObject({ grade: 'P2', gradeSource: 'option' });
    expect(chosen.findings).toEqual([]);
  });

  it('skips blank sheets (Excel adds Sheet2, Sheet3) without complaint', () => {
    const result = parseWorkbook(xlsxBytes({ 一年级: ROWS, Sheet2: [], Sheet3: [[null]] }), 'x.xlsx');
    expect(result.findings).toEqual([]);
    expect(result.sheets.map((s) => s.skipped)).toEqual([null, 'blank', 'blank']);
  });

  it('skips a sheet of notes without a header, but reports a file where no sheet has one', () => {
    const notes: Cell[][] = [['填表说明'], ['请按模板填写']];
    const withData = parseWorkbook(xlsxBytes({ 说明: notes, 一年级: ROWS }), 'x.xlsx');
    expect(withData.findings).toEqual([]);
    expect(withData.sheets[0]?.skipped).toBe('noHeader');
    const notesOnly = parseWorkbook(xlsxBytes({ 说明: notes }), 'x.xlsx');
    expect(notesOnly.findings.map((f) => f.code)).toEqual(['noHeader']);
  });
});
