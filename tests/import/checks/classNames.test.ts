import { describe, expect, it } from 'vitest';
import { checkClassFormat } from '@/import/checks/classFormat';
import { classUnit, school } from '../helpers/world';
import { IDS } from '../helpers/workbooks';
import { checkStudents, studentFindings } from './helpers';

/** 班级填写格式：一班，二班，实验班; teacher and student files spelled alike. */
describe('class names', () => {
  it('reports 3班 and suggests 三班', () => {
    expect(checkClassFormat({ className: '3班' })).toEqual([{ field: 'className', code: 'classFormat', params: { value: '3班', suggestion: '三班' } }]);
    expect(studentFindings([['刘晨艳', IDS.girl2016b, '3班', '女']])).toEqual([[2, 'C', 'classFormat']]);
  });

  it('suggests 一班 for a bare number, and nothing where no canonical spelling can be derived', () => {
    expect(checkClassFormat({ className: '一' })).toMatchObject([{ code: 'classFormat', params: { suggestion: '一班' } }]);
    expect(checkClassFormat({ className: 'A组' })).toEqual([{ field: 'className', code: 'classFormat', params: { value: 'A组', suggestion: '' } }]);
  });

  it('accepts numbered and named classes', () => {
    for (const name of ['一班', '十二班', '实验班', '实验一班']) expect(checkClassFormat({ className: name })).toEqual([]);
  });

  it("reports a class spelled differently from the school's existing class, with the existing spelling", () => {
    // A class created as (1)班 before the format rule existed: new files must match what is on file.
    const older = { schoolId: school.id, orgs: [school, classUnit('c2', 'P4', '(1)班')] };
    const result = checkStudents([['黎涛', IDS.boy2016, '一班', '男']], { context: older });
    expect(result.findings).toMatchObject([{ row: 2, column: 'C', code: 'classMismatch', params: { value: '一班', suggestion: '(1)班' } }]);
    // Once the canonical spelling exists too, 一班 matches exactly.
    const both = { schoolId: school.id, orgs: [school, classUnit('c1', 'P4', '一班'), classUnit('c2', 'P4', '(1)班')] };
    expect(checkStudents([['黎涛', IDS.boy2016, '一班', '男']], { context: both }).findings).toEqual([]);
  });

  it('checks students against the class names of the teacher file passed as known classes', () => {
    const result = checkStudents([['黎涛', IDS.boy2016, '一班', '男']], { context: { knownClasses: [{ className: '1班' }] } });
    expect(result.findings).toMatchObject([{ code: 'classMismatch', params: { suggestion: '1班' } }]);
  });
});
