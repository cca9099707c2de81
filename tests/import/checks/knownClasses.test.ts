import { describe, expect, it } from 'vitest';
import { knownClassesOf } from '@/import/checks/knownClasses';
import { IDS } from '../helpers/workbooks';
import { school } from '../helpers/world';
import { checkFixture } from '../plan/helpers';
import { checkStudents, checkTeachers } from './helpers';

/** Teacher and student files must spell classes alike: the teacher file's classes check the students. */
describe('classes from the teacher file', () => {
  it('lists each class of the valid teacher rows once, with its school', () => {
    const teachers = checkFixture('教师账号导入-浉河区董家河镇中心小学.xlsx', { template: 'teacher' });
    const classes = knownClassesOf(teachers);
    expect(classes).toHaveLength(12);
    expect(classes[0]).toEqual({ schoolId: school.id, grade: 'P1', className: '一班' });
  });

  it('passes students whose classes the teacher file names, and explains 3班 against it', () => {
    const teachers = checkTeachers([['石重阳', IDS.womanTeacher, '四年级', '三班', '', '女']], { context: { schoolId: school.id } });
    const knownClasses = knownClassesOf(teachers);
    expect(knownClasses).toEqual([{ schoolId: school.id, grade: 'P4', className: '三班' }]);
    const students = checkStudents([['黎涛', IDS.boy2016, '三班', '男'], ['余伟', IDS.girl2016, '3班', '女']], { context: { schoolId: school.id, knownClasses } });
    // Teacher files that pass the checks spell classes canonically, so 3班 is caught by the format check, suggesting 三班.
    expect(students.findings.map((f) => [f.row, f.code, f.params.suggestion])).toEqual([[3, 'classFormat', '三班']]);
  });
});
