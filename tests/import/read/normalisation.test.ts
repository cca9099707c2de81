import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '@/import/read/parseWorkbook';
import { IDS, STUDENT_HEADER, TEACHER_HEADER, xlsxBytes, type Cell } from '../helpers/workbooks';

/** Cells are normalised before any check sees them, so one spelling reaches the rules. */
function firstRow(header: string[], row: Cell[]) {
  const result = parseWorkbook(xlsxBytes({ 四年级: [header, row] }), 'n.xlsx');
  const parsed = result.rows[0];
  if (!parsed) throw new Error('no row read');
  return parsed;
}

describe('cell normalisation', () => {
  it('trims ordinary, full-width (U+3000) and non-breaking spaces', () => {
    const row = firstRow(STUDENT_HEADER, ['\u3000黎涛\u00a0 ', ` ${IDS.boy2016}\u3000`, ' 一班\u3000', '\u3000男']);
    expect(row.values).toEqual({ name: '黎涛', idNumber: IDS.boy2016, className: '一班', gender: '男' });
  });

  it('keeps one inner space so the forbidden-character check still sees it', () => {
    expect(firstRow(STUDENT_HEADER, ['龚\u3000 琪华', IDS.girl2016, '一班', '女']).values.name).toBe('龚 琪华');
  });

  it('folds full-width digits and letters, and upper-cases a lowercase x check digit', () => {
    const fullWidth = '４１１５０２２０１６０４２２０８８ｘ';
    const row = firstRow(STUDENT_HEADER, ['余伟', fullWidth, '３班', '女']);
    expect(row.values.idNumber).toBe(IDS.girl2016);
    expect(row.values.className).toBe('3班');
  });

  it('folds grade spellings to the template spelling: 七年级 ≡ 初一, 3年级 ≡ 三年级', () => {
    const teacher = (grade: string) => firstRow(TEACHER_HEADER, ['石重阳', IDS.womanTeacher, grade, '一班', '', '女']).values.grade;
    expect(teacher('七年级')).toBe('初一');
    expect(teacher('初中一年级')).toBe('初一');
    expect(teacher('3年级')).toBe('三年级');
    expect(teacher('高中二年级')).toBe('高二');
    expect(teacher('九班')).toBe('九班'); // not a grade: left for the check to report
  });

  it('reads an ID number Excel kept as a number as text, and flags it when digits were lost', () => {
    const lost = firstRow(STUDENT_HEADER, ['毛长青勇', 411502201705177100, '一班', '女']);
    expect(lost).toMatchObject({ idStoredAsNumber: true, values: { idNumber: '411502201705177100' } });
    const scientific = firstRow(STUDENT_HEADER, ['毛长青勇', '4.11502E+17', '一班', '女']);
    expect(scientific.idStoredAsNumber).toBe(true);
    // A short number is exact: it is read as its digits and fails the length check later.
    const short = firstRow(STUDENT_HEADER, ['毛长青勇', 411502201607067, '一班', '女']);
    expect(short).toMatchObject({ idStoredAsNumber: false, values: { idNumber: '411502201607067' } });
  });

  it('reads phone numbers stored as numbers as their digits', () => {
    const row = firstRow(TEACHER_HEADER, ['石重阳', IDS.womanTeacher, '一年级', '一班', 13812345678, '女']);
    expect(row.values.phone).toBe('13812345678');
  });
});
