import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { readFixture, SHIHE, TODAY } from '../helpers/fixtures';
import { IDS, TEACHER_HEADER, xlsxBytes } from '../helpers/workbooks';
import { cityOrgs, school, SCHOOL_NAME } from '../helpers/world';

/**
 * Which school a teacher or student file is for: the school the user
 * chose, a teacher sheet named after a school (一个学校一张表格), or the
 * school named in the file name — always within the administrator's subtree.
 */
const teacherRow = ['石重阳', IDS.womanTeacher, '一年级', '一班', '', '女'];

describe('school of a teacher or student file', () => {
  it('finds the school named in the file name', () => {
    const file = '学生账号导入-浉河区董家河镇中心小学-全校.xlsx';
    const result = checkFile(readFixture(SHIHE, file), file, { context: { orgs: cityOrgs, today: TODAY } });
    expect(new Set(result.sheets.map((s) => s.schoolId))).toEqual(new Set([school.id]));
    expect(result.findings).toEqual([]);
  });

  it('finds the school a teacher sheet is named after', () => {
    const result = checkFile(xlsxBytes({ [SCHOOL_NAME]: [TEACHER_HEADER, teacherRow] }), '教师.xlsx', { context: { orgs: cityOrgs, today: TODAY } });
    expect(result.sheets[0]?.schoolId).toBe(school.id);
  });

  it('reports a school name not found in the subtree', () => {
    const result = checkFile(xlsxBytes({ 浉河区某某中学: [TEACHER_HEADER, teacherRow] }), '教师.xlsx', { context: { orgs: cityOrgs, today: TODAY } });
    expect(result.findings).toMatchObject([{ code: 'schoolNotFound', sheet: '浉河区某某中学', row: null, params: { name: '浉河区某某中学' } }]);
    expect(result.rows.every((r) => r.faulty)).toBe(true);
  });

  it('uses the school the user chose, whatever the file is called', () => {
    const result = checkFile(xlsxBytes({ Sheet1: [TEACHER_HEADER, teacherRow] }), 'a.xlsx', { context: { schoolId: school.id, today: TODAY } });
    expect(result.sheets[0]?.schoolId).toBe(school.id);
    expect(result.findings).toEqual([]);
  });
});
