import { describe, expect, it } from 'vitest';
import { formatFinding, formatFindingMessage } from '@/import/formatFinding';
import type { Finding } from '@/import/types';
import en from '@/i18n/locales/en/import';
import zhCN from '@/i18n/locales/zh-CN/import';
import { checkFile } from '@/import/checkFile';
import { readFixture, SHIHE, TODAY } from './helpers/fixtures';

const FILE = '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx';

/** Plain Chinese sentences naming file, sheet, row and column: the error workbook's 错误说明 column. */
describe('formatFinding', () => {
  const result = checkFile(readFixture(SHIHE, FILE), FILE, { template: 'student', context: { today: TODAY } });
  const messages = result.findings.map((f) => formatFinding(f, zhCN));

  it('renders the planted faults as Chinese sentences naming where they are', () => {
    expect(messages).toEqual([
      `文件“${FILE}”，工作表“四年级”，第13行，C列（班级）：班级“3班”的写法不规范，应写作“三班”。`,
      `文件“${FILE}”，工作表“四年级”，第24行，D列（性别）：性别“女”与身份证号不符（按身份证号应为“男”）。`,
      `文件“${FILE}”，工作表“四年级”，第33行，A列（姓名）：“姓名”不能为空。`,
      `文件“${FILE}”，工作表“四年级”，第39行，A列（姓名）：“姓名”中含有不允许的字符：空格。填写的内容中不可带有空格、括号等字符。`,
      `文件“${FILE}”，工作表“四年级”，第45行，B列（身份证号）：身份证号“411502201611117511”的校验位（最后一位）不对，请核对是否抄错。`,
      `文件“${FILE}”，工作表“四年级”，第49行，C列（班级）：“班级”中含有不允许的字符：“(”、“)”。填写的内容中不可带有空格、括号等字符。`,
      `文件“${FILE}”，工作表“四年级”，第57行，B列（身份证号）：身份证号“411502201604107713”与工作表“四年级”第31行重复。`,
      `文件“${FILE}”，工作表“四年级”，第74行，B列（身份证号）：身份证号“411502201607067”是 15 位，应为 18 位。`,
    ]);
  });

  it('renders file-level and sheet-level findings without a row or column', () => {
    const wrong: Finding = { file: 'a.xlsx', sheet: 'Sheet1', row: null, column: null, field: null, code: 'templateWrong', params: { expected: 'student', actual: 'teacher' } };
    expect(formatFinding(wrong, zhCN)).toBe('文件“a.xlsx”，工作表“Sheet1”：这是“教师”模板，当前导入的是“学生”。请选择正确的导入类型或文件。');
    const empty: Finding = { ...wrong, sheet: null, code: 'fileEmpty', params: {} };
    expect(formatFinding(empty, zhCN)).toBe('文件“a.xlsx”：文件是空的（0 字节）。请确认选择了正确的文件。');
  });

  it('renders the same finding in English with the en catalogue', () => {
    const [first] = result.findings;
    if (!first) throw new Error('no finding');
    expect(formatFinding(first, en)).toBe(`file "${FILE}", sheet "四年级", row 13, column C (班级): The class "3班" is not written the standard way; write "三班".`);
  });

  it('falls back to the general class-format message when there is no suggestion', () => {
    const finding: Finding = { file: 'a.xlsx', sheet: 's', row: 4, column: 'C', field: 'className', code: 'classFormat', params: { value: 'A组', suggestion: '', header: '班级' } };
    expect(formatFindingMessage(finding, zhCN)).toBe('班级“A组”的写法不规范，请按“一班、二班、实验班”的格式填写。');
  });
});
