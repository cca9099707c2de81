import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { ERROR_COLUMN, writeErrorWorkbook } from '@/import/write/errorWorkbook';
import zhCN from '@/i18n/locales/zh-CN/import';
import { read } from 'xlsx';
import { readFixture, SHIHE, TODAY } from '../helpers/fixtures';

const FILE = '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx';

/** The faulty rows with a 错误说明 column, ready to fix and re-import. */
describe('error workbook', () => {
  const result = checkFile(readFixture(SHIHE, FILE), FILE, { template: 'student', context: { today: TODAY } });
  const bytes = writeErrorWorkbook(result, zhCN);
  if (!bytes) throw new Error('expected an error workbook');
  const workbook = read(bytes, { dense: true });
  const rows = (workbook.Sheets['四年级']?.['!data'] ?? []).map((row) => (row ?? []).map((c) => String(c?.v ?? '')));

  it('keeps the sheet name (the grade) and the template layout, with 错误说明 as the last column', () => {
    expect(workbook.SheetNames).toEqual(['四年级']);
    expect(rows[2]).toEqual(['姓名', '身份证号', '班级', '性别', ERROR_COLUMN]);
  });

  it('holds exactly the faulty rows, each with its explanation', () => {
    expect(rows.slice(3).map((r) => r[0])).toEqual(['刘晨艳', '程涵曦', '', '龚 琪华', '彭曦怡', '诸葛诺', '尹磊一', '龙长青勇']);
    expect(rows[3]?.[4]).toContain('第13行，C列（班级）：班级“3班”的写法不规范，应写作“三班”。');
  });

  it('re-imports as the same template and grade, ignoring the extra column; fixed rows then pass', () => {
    const again = checkFile(bytes, '四年级-错误.xlsx', { template: 'student', context: { today: TODAY } });
    expect(again.sheets[0]).toMatchObject({ grade: 'P4', headerRow: 3 });
    expect(again.rows).toHaveLength(8);
    // The same faults are found again (the duplicate's first row is not in this file, so it passes now).
    expect(again.findings.map((f) => f.code)).toEqual(['classFormat', 'genderMismatch', 'required', 'forbiddenChar', 'idChecksum', 'forbiddenChar', 'idLength']);
  });

  it('is not written when no row is faulty', () => {
    const clean = checkFile(readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-一年级.xls'), 'a.xls', { context: { today: TODAY } });
    expect(writeErrorWorkbook(clean, zhCN)).toBeNull();
  });
});
