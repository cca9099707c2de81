import { CFB } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { formatFinding } from '@/import/formatFinding';
import { MAX_FILE_BYTES } from '@/import/read/limits';
import zhCN from '@/i18n/locales/zh-CN/import';
import { readFixture, SHIHE } from '../helpers/fixtures';
import { xlsxBytes } from '../helpers/workbooks';

/**
 * Issue 4 §9: a malformed or non-Excel file, an empty workbook and a file
 * over 20 MB each end with a clear Chinese message — a file-level finding —
 * and no exception escapes.
 */
/** A zip or OLE container with the named parts (SheetJS's CFB library, typed `any` upstream). */
interface CfbBuilder {
  utils: { cfb_new(): unknown; cfb_add(container: unknown, path: string, content: Uint8Array): void };
  write(container: unknown, options: { type: 'array'; fileType?: 'zip' }): ArrayLike<number>;
}
function container(kind: 'zip' | 'ole', ...paths: string[]): Uint8Array {
  const cfb = CFB as CfbBuilder;
  const built = cfb.utils.cfb_new();
  for (const path of paths) cfb.utils.cfb_add(built, path, new Uint8Array(600).fill(1));
  return Uint8Array.from(cfb.write(built, kind === 'zip' ? { type: 'array', fileType: 'zip' } : { type: 'array' }));
}

function fileProblem(bytes: Uint8Array, name = 'bad.xlsx') {
  const result = checkFile(bytes, name, { template: 'student' });
  expect(result.rows).toEqual([]);
  expect(result.findings).toHaveLength(1);
  const [finding] = result.findings;
  if (!finding) throw new Error('no finding');
  expect(finding.sheet).toBeNull();
  return { code: finding.code, message: formatFinding(finding, zhCN) };
}

describe('files that cannot be imported', () => {
  it('refuses a file over 20 MB before parsing it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]); // looks like a zip: only the size may stop it
    const { code, message } = fileProblem(big, 'big.xlsx');
    expect(code).toBe('fileTooLarge');
    expect(message).toBe('文件“big.xlsx”：文件大小为 20.0 MB，超过了 20.0 MB 的上限。请把数据拆分成几个文件，分别导入。');
  });

  it('refuses a text file renamed to .xlsx (SheetJS alone would read it as CSV)', () => {
    const { code, message } = fileProblem(new TextEncoder().encode('姓名,身份证号\n张三,110105194912310021'), 'names.xlsx');
    expect(code).toBe('fileNotExcel');
    expect(message).toContain('这不是 Excel 文件');
  });

  it('refuses a zero-byte file', () => {
    expect(fileProblem(new Uint8Array(0)).code).toBe('fileEmpty');
  });

  it('refuses a truncated .xlsx', () => {
    const whole = readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx');
    expect(fileProblem(whole.slice(0, Math.floor(whole.length / 2))).code).toBe('fileCorrupt');
  });

  it('refuses a truncated .xls', () => {
    const whole = readFixture(SHIHE, '学生账号导入-浉河区董家河镇中心小学-一年级.xls');
    expect(fileProblem(whole.slice(0, Math.floor(whole.length / 2)), 'bad.xls').code).toBe('fileCorrupt');
  });

  it('refuses a zip signature followed by garbage as damaged', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(200).fill(7)]);
    expect(fileProblem(zip).code).toBe('fileCorrupt');
  });

  it('refuses other documents in Office containers (a .docx, a .doc) as not Excel', () => {
    const docx = container('zip', '/word/document.xml');
    expect(fileProblem(docx, 'renamed.xlsx').code).toBe('fileNotExcel');
    const doc = container('ole', '/WordDocument');
    expect(fileProblem(doc, 'renamed.xls').code).toBe('fileNotExcel');
  });

  it('refuses a password-protected workbook with its own message', () => {
    const encrypted = container('ole', '/EncryptedPackage', '/EncryptionInfo');
    const { code, message } = fileProblem(encrypted, 'secret.xlsx');
    expect(code).toBe('fileEncrypted');
    expect(message).toContain('设有打开密码');
  });

  it('reports an empty workbook', () => {
    const { code, message } = fileProblem(xlsxBytes({ Sheet1: [] }), 'empty.xlsx');
    expect(code).toBe('noData');
    expect(message).toContain('没有可导入的数据');
  });

  it('reports a template with headers but no data rows', () => {
    expect(fileProblem(xlsxBytes({ 一年级: [['批量导入学生账号模板'], ['使用说明'], ['姓名', '身份证号', '班级', '性别']] })).code).toBe('noData');
  });
});
