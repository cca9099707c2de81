import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { TODAY } from '../helpers/fixtures';
import { IDS, STUDENT_HEADER, xlsxBytes } from '../helpers/workbooks';
import { school } from '../helpers/world';
import { checkStudents, studentFindings } from './helpers';

describe('duplicate ID numbers', () => {
  it('reports the later occurrence within a sheet, naming the earlier row', () => {
    const result = checkStudents([['黎涛', IDS.boy2016, '一班', '男'], ['余伟', IDS.girl2016, '一班', '女'], ['尹磊一', IDS.boy2016, '二班', '男']]);
    expect(result.findings).toMatchObject([{ row: 4, column: 'B', code: 'duplicateId', params: { firstSheet: '四年级', firstRow: 2 } }]);
  });

  it('finds duplicates across the sheets of one workbook', () => {
    const bytes = xlsxBytes({ 三年级: [STUDENT_HEADER, ['黎涛', IDS.boy2016, '一班', '男']], 四年级: [STUDENT_HEADER, ['尹磊一', IDS.boy2016, '二班', '男']] });
    const result = checkFile(bytes, 'x.xlsx', { context: { today: TODAY } });
    expect(result.findings).toMatchObject([{ sheet: '四年级', row: 2, code: 'duplicateId', params: { firstSheet: '三年级', firstRow: 2 } }]);
  });

  it('reports an ID number held in the database by someone of another school or kind', () => {
    const idHolders = new Map([[IDS.boy2016, { personId: 'per-9', kind: 'student' as const, schoolId: 'sch-other', name: '黎涛' }]]);
    const result = checkStudents([['黎涛', IDS.boy2016, '一班', '男']], { context: { schoolId: school.id, idHolders } });
    expect(result.findings).toMatchObject([{ row: 2, column: 'B', code: 'idInDatabase', params: { name: '黎涛' } }]);
  });

  it('accepts the same person in the same school: that row updates the record', () => {
    const lookup = (id: string) => (id === IDS.boy2016 ? { personId: 'per-1', kind: 'student' as const, schoolId: school.id, name: '黎涛' } : undefined);
    expect(studentFindings([['黎涛', IDS.boy2016, '一班', '男']], { context: { schoolId: school.id, idHolders: lookup } })).toEqual([]);
  });
});
