import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '@/import/read/parseWorkbook';
import { readFixture, SHIHE } from '../helpers/fixtures';
import { IDS, STUDENT_HEADER, TEACHER_HEADER, xlsxBytes } from '../helpers/workbooks';

/** The template is read from the headers; a file of another template is refused for the chosen import. */
describe('template detection', () => {
  it.each([
    ['县区教育局联系清单.xlsx', 'bureau'],
    ['学校账号导入.xlsx', 'school'],
    ['教师账号导入-浉河区董家河镇中心小学.xlsx', 'teacher'],
    ['学生账号导入-浉河区董家河镇中心小学-一年级.xls', 'student'],
  ] as const)('detects %s as the %s template', (file, template) => {
    expect(parseWorkbook(readFixture(SHIHE, file), file).template).toBe(template);
  });

  it('tells a teacher file from a student file although the teacher template has all student columns', () => {
    const teacher = xlsxBytes({ Sheet1: [TEACHER_HEADER, ['石重阳', IDS.womanTeacher, '一年级', '一班', '', '女']] });
    expect(parseWorkbook(teacher, 't.xlsx').template).toBe('teacher');
  });

  it('reports a teacher file chosen as a student import as the wrong template, and reads none of its rows', () => {
    const file = '教师账号导入-浉河区董家河镇中心小学.xlsx';
    const result = parseWorkbook(readFixture(SHIHE, file), file, { template: 'student' });
    expect(result.findings).toMatchObject([{ code: 'templateWrong', sheet: 'Sheet1', params: { expected: 'student', actual: 'teacher' } }]);
    expect(result.rows).toEqual([]);
  });

  it('reports a student file chosen as a teacher import as the wrong template', () => {
    const result = parseWorkbook(xlsxBytes({ 一年级: [STUDENT_HEADER, ['崔秀', IDS.girl2016, '一班', '女']] }), 's.xlsx', { template: 'teacher' });
    expect(result.findings).toMatchObject([{ code: 'templateWrong', params: { expected: 'teacher', actual: 'student' } }]);
  });

  it('reports a schools file chosen as a bureaus import as the wrong template', () => {
    const result = parseWorkbook(readFixture(SHIHE, '学校账号导入.xlsx'), 'x.xlsx', { template: 'bureau' });
    expect(result.findings.map((f) => [f.code, f.params.actual])).toEqual([['templateWrong', 'school']]);
  });

  it('reads only the sheets of the chosen template and reports a sheet of another one', () => {
    const bytes = xlsxBytes({
      一年级: [STUDENT_HEADER, ['崔秀', IDS.girl2016, '一班', '女']],
      教师: [TEACHER_HEADER, ['石重阳', IDS.womanTeacher, '一年级', '一班', '', '女']],
    });
    const result = parseWorkbook(bytes, 'mixed.xlsx', { template: 'student' });
    expect(result.rows.map((r) => r.sheet)).toEqual(['一年级']);
    expect(result.findings).toMatchObject([{ code: 'templateWrong', sheet: '教师' }]);
  });
});
