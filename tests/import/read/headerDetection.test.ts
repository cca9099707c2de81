import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '@/import/read/parseWorkbook';
import { IDS, STUDENT_HEADER, TITLE_ROWS, xlsxBytes, type Cell } from '../helpers/workbooks';

/**
 * People delete the title and instruction rows, paste blank rows above
 * the header, start in column B, or use other words for a column: the
 * header row must still be found, and row numbers stay Excel's.
 */
const DATA: Cell[][] = [
  ['黎涛', IDS.boy2016, '一班', '男'],
  ['余伟', IDS.girl2016, '一班', '女'],
];

function parse(rows: Cell[][], sheet = '四年级') {
  return parseWorkbook(xlsxBytes({ [sheet]: rows }), 'test.xlsx', { template: 'student' });
}

describe('header row detection', () => {
  it('reads the notice layout: header in row 3, data from row 4', () => {
    const result = parse([...TITLE_ROWS, STUDENT_HEADER, ...DATA]);
    expect(result.sheets[0]?.headerRow).toBe(3);
    expect(result.rows.map((r) => r.row)).toEqual([4, 5]);
  });

  it('finds the header when the title and instruction rows were deleted', () => {
    const result = parse([STUDENT_HEADER, ...DATA]);
    expect(result.sheets[0]?.headerRow).toBe(1);
    expect(result.rows.map((r) => [r.row, r.values.name])).toEqual([[2, '黎涛'], [3, '余伟']]);
  });

  it('finds the header below pasted blank rows and reports data rows by their Excel number', () => {
    const result = parse([[], [], ...TITLE_ROWS, [], [], STUDENT_HEADER, ...DATA]);
    expect(result.sheets[0]?.headerRow).toBe(7);
    expect(result.rows.map((r) => r.row)).toEqual([8, 9]);
  });

  it('finds a header that starts in column B and names the columns by their letters', () => {
    const result = parse([[null, ...STUDENT_HEADER], ...DATA.map((row) => [null, ...row])]);
    expect(result.sheets[0]?.columns.map((c) => `${c.letter}:${c.field}`)).toEqual(['B:name', 'C:idNumber', 'D:className', 'E:gender']);
    expect(result.rows[0]?.values).toEqual({ name: '黎涛', idNumber: IDS.boy2016, className: '一班', gender: '男' });
  });

  it('accepts header synonyms, full-width brackets, line breaks and required-markers in headers', () => {
    const result = parse([['*学生姓名', '身份证号码', '班级\n名称', '性别：'], ...DATA]);
    expect(result.findings).toEqual([]);
    expect(result.sheets[0]?.columns.map((c) => c.field)).toEqual(['name', 'idNumber', 'className', 'gender']);
  });

  it('ignores extra columns and reads columns in any order', () => {
    const result = parse([['序号', '性别', '备注', '班级', '身份证', '姓名'], [1, '男', '转学生', '一班', IDS.boy2016, '黎涛']]);
    expect(result.rows[0]?.values).toEqual({ gender: '男', className: '一班', idNumber: IDS.boy2016, name: '黎涛' });
  });

  it('skips fully blank rows and a repeated header from a pasted block', () => {
    const result = parse([...TITLE_ROWS, STUDENT_HEADER, DATA[0] ?? [], [], [null, '  ', null, '　'], STUDENT_HEADER, DATA[1] ?? []]);
    expect(result.rows.map((r) => r.row)).toEqual([4, 8]);
  });

  it('does not look for a header below the first 15 rows', () => {
    const blank: Cell[][] = Array.from({ length: 15 }, () => []);
    const result = parse([...blank, STUDENT_HEADER, ...DATA]);
    expect(result.findings.map((f) => f.code)).toEqual(['noHeader']);
  });

  it('reports a missing key column instead of guessing', () => {
    const result = parse([['姓名', '身份证号', '性别'], ['黎涛', IDS.boy2016, '男']]);
    expect(result.findings).toMatchObject([{ code: 'columnMissing', sheet: '四年级', row: null, params: { header: '班级' } }]);
    expect(result.rows).toEqual([]);
  });
});
