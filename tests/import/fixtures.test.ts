import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import type { FindingCode } from '@/import/types';
import { LARGE, readFixture, readManifest, SHIHE, TODAY } from './helpers/fixtures';

/**
 * The acceptance test of issue 4 §4: every shared fixture reads, and the
 * faulty grade reports exactly the planted faults — kind and row — and
 * nothing on the valid rows.
 */
const FAULT_CODES: Record<string, FindingCode> = {
  id_checksum: 'idChecksum',
  gender_mismatch: 'genderMismatch',
  forbidden_char: 'forbiddenChar',
  duplicate_id: 'duplicateId',
  class_format: 'classFormat',
  required: 'required',
  id_length: 'idLength',
};

const manifests = [readManifest(SHIHE), readManifest(LARGE)].flatMap((m) => m.files.map((f) => ({ folder: m.profile === 'large' ? LARGE : SHIHE, ...f })));

// The 10,000-row workbook takes about a second; a loaded CI machine may take several.
describe('shared fixtures', { timeout: 30_000 }, () => {
  it.each(manifests.map((m) => [m.file, m] as const))('%s reads as its template with all its rows', (_, entry) => {
    const result = checkFile(readFixture(entry.folder, entry.file), entry.file, { template: entry.template, context: { today: TODAY } });
    expect(result.template).toBe(entry.template);
    expect(result.rows).toHaveLength(entry.rows);
    // No file- or sheet-level problem: every sheet was understood.
    expect(result.findings.filter((f) => f.row === null)).toEqual([]);
  });

  it('reports exactly the planted faults of the 含错误 workbook, on their rows', () => {
    const entry = manifests.find((m) => m.faults);
    if (!entry?.faults) throw new Error('manifest lists no faulty file');
    const result = checkFile(readFixture(entry.folder, entry.file), entry.file, { template: 'student', context: { today: TODAY } });
    const reported = result.findings.map((f) => ({ row: f.row, code: f.code }));
    const planted = entry.faults.map((f) => ({ row: f.row, code: FAULT_CODES[f.fault] }));
    expect(reported).toEqual(planted);
    expect(result.rows.filter((r) => r.faulty).map((r) => r.row)).toEqual(entry.faults.map((f) => f.row));
    expect(result.findings.every((f) => f.sheet === '四年级' && f.file === entry.file)).toBe(true);
  });

  it('names the earlier row of a duplicate ID number', () => {
    const result = checkFile(readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx'), 'x.xlsx', { context: { today: TODAY } });
    const duplicate = result.findings.find((f) => f.code === 'duplicateId');
    expect(duplicate).toMatchObject({ row: 57, column: 'B', field: 'idNumber', params: { firstSheet: '四年级', firstRow: 31 } });
  });

  it('all other fixtures have no row findings, except the LibreOffice file whose ID numbers were stored as numbers', () => {
    for (const entry of manifests.filter((m) => !m.faults)) {
      const result = checkFile(readFixture(entry.folder, entry.file), entry.file, { context: { today: TODAY } });
      const codes = new Set(result.findings.map((f) => f.code));
      if (entry.writer === 'libreoffice' && entry.template === 'student') {
        // LibreOffice kept 67 of 76 IDs as numbers (4.11502E+17); the 9 ending in X stayed text.
        expect([...codes]).toEqual(['idStoredAsNumber']);
        expect(result.findings).toHaveLength(67);
      } else {
        expect(result.findings, entry.file).toEqual([]);
      }
    }
  });

  it('reads student sheets as grades: the whole-school workbook has six, the LibreOffice file names its grade in the sheet name', () => {
    const whole = checkFile(readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-全校.xlsx'), 'x.xlsx');
    expect(whole.sheets.map((s) => [s.name, s.grade])).toEqual([
      ['一年级', 'P1'], ['二年级', 'P2'], ['三年级', 'P3'], ['四年级', 'P4'], ['五年级', 'P5'], ['六年级', 'P6'],
    ]);
    const libre = checkFile(readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-三年级-libreoffice.xls'), 'x.xls');
    expect(libre.sheets[0]).toMatchObject({ grade: 'P3', gradeSource: 'sheetName' });
  });
});
