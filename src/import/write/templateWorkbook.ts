import { gradeLabel, type GradeCode } from '@/domain';
import { TEMPLATES } from '../templates';
import type { TemplateKind } from '../types';
import { writeLayoutWorkbook, type LayoutSheet } from './layout';

export interface TemplateOptions {
  /** Students: one sheet per grade (附件6); default 一年级 only. */
  grades?: readonly GradeCode[];
  /** Teachers: the sheet is named after the school (附件5: 一个学校一张表格). */
  schoolName?: string;
  /** Row 1, e.g. 信阳市浉河区批量导入学校模板 instead of the notice's XXX placeholders. */
  title?: string;
}

/** The blank sheets of a template: title, instructions, headers, and drop-downs from row 4. */
export function templateSheets(kind: TemplateKind, options: TemplateOptions = {}): LayoutSheet[] {
  const template = TEMPLATES[kind];
  const base = { title: options.title ?? template.title, instructions: template.instructions, columns: template.columns, rows: [] };
  if (template.sheetsAreGrades) {
    const grades = options.grades && options.grades.length > 0 ? options.grades : (['P1'] as const);
    return grades.map((grade) => ({ ...base, name: gradeLabel(grade) }));
  }
  return [{ ...base, name: (template.sheetsAreSchools && options.schoolName) || template.sheetName }];
}

/** One of the four government templates as an .xlsx, ready to fill in. */
export function writeTemplate(kind: TemplateKind, options: TemplateOptions = {}): Uint8Array {
  return writeLayoutWorkbook(templateSheets(kind, options));
}

/** A download name such as 学生账号导入模板.xlsx. */
export function templateFileName(kind: TemplateKind): string {
  return `${TEMPLATES[kind].fileStem}模板.xlsx`;
}
