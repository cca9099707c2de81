import { read } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '@/import/templates';
import { templateFileName, writeTemplate } from '@/import/write/templateWorkbook';
import { sheetXml, xlsxPart } from '../helpers/xlsxParts';

/**
 * Generated templates in the notice's layout: row 1 title, row 2 the
 * instructions (请勿删除此使用说明), row 3 headers, drop-downs for coded
 * columns from row 4 — read back from the written file.
 */
function cellsOf(bytes: Uint8Array, sheet = 0) {
  const workbook = read(bytes, { dense: true });
  const name = workbook.SheetNames[sheet] ?? '';
  const rows = workbook.Sheets[name]?.['!data'] ?? [];
  return { name, names: workbook.SheetNames, text: (r: number) => (rows[r] ?? []).map((c) => String(c?.v ?? '')), merges: workbook.Sheets[name]?.['!merges'] };
}

function validations(xml: string): [string, string][] {
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*><formula1>([^<]*)<\/formula1>/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describe('template workbooks', () => {
  it.each(['bureau', 'school', 'teacher', 'student'] as const)('%s: title, instructions, headers in rows 1–3', (kind) => {
    const sheet = cellsOf(writeTemplate(kind));
    const template = TEMPLATES[kind];
    expect(sheet.text(0)[0]).toBe(template.title);
    expect(sheet.text(1)[0]).toContain('请勿删除此使用说明');
    expect(sheet.text(1)[0]).toContain('从第4行开始填写数据');
    expect(sheet.text(2)).toEqual(template.columns.map((c) => c.header));
    expect(sheet.merges).toHaveLength(2);
  });

  it('student template: a drop-down for 性别, one sheet per grade asked for', () => {
    const bytes = writeTemplate('student', { grades: ['P1', 'J1'] });
    expect(cellsOf(bytes).names).toEqual(['一年级', '初一']);
    expect(validations(sheetXml(bytes, 1))).toEqual([['D4:D1004', '&quot;男,女&quot;']]);
    expect(validations(sheetXml(bytes, 2))).toHaveLength(1);
  });

  it('teacher template: drop-downs for 年级 and 性别, the sheet named after the school', () => {
    const bytes = writeTemplate('teacher', { schoolName: '浉河区董家河镇中心小学' });
    expect(cellsOf(bytes).name).toBe('浉河区董家河镇中心小学');
    const [grade, gender] = validations(sheetXml(bytes));
    expect(grade?.[0]).toBe('C4:C1004');
    expect(grade?.[1]).toBe('&quot;一年级,二年级,三年级,四年级,五年级,六年级,初一,初二,初三,高一,高二,高三&quot;');
    expect(gender).toEqual(['F4:F1004', '&quot;男,女&quot;']);
  });

  it('schools template: drop-downs for 学校类型, 学校性质 and 年级段', () => {
    const lists = validations(sheetXml(writeTemplate('school')));
    expect(lists.map(([range]) => range)).toEqual(['B4:B1004', 'C4:C1004', 'D4:D1004']);
    expect(lists[0]?.[1]).toBe('&quot;中学,小学,中学、小学&quot;');
    expect(lists[2]?.[1]).toContain('九年一贯制');
  });

  it('puts the validations where the OOXML schema wants them: after mergeCells, before ignoredErrors', () => {
    const xml = sheetXml(writeTemplate('student'));
    const order = ['</sheetData>', '<mergeCells', '<dataValidations', '<ignoredErrors', '</worksheet>'].map((tag) => xml.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('formats the ID-number column as text, wraps the instructions and freezes the header rows', () => {
    const bytes = writeTemplate('student');
    const xml = sheetXml(bytes);
    const textStyle = /<col min="2" max="2"[^>]* style="(\d+)"/.exec(xml)?.[1];
    const styles = xlsxPart(bytes, '/xl/styles.xml');
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[Number(textStyle)]).toContain('numFmtId="49"');
    const instructionStyle = /<c r="A2"[^>]* s="(\d+)"/.exec(xml)?.[1];
    expect(xfs[Number(instructionStyle)]).toContain('wrapText="1"');
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
  });

  it('names the download after the template', () => {
    expect(templateFileName('student')).toBe('学生账号导入模板.xlsx');
  });
});
