import type { GradeCode } from '@/domain';
import type { FindingCode } from './findingCodes';

/**
 * The four government templates of the 2017 notice: county bureaus (附件2),
 * schools (附件3), teachers (附件5) and students (附件6).
 */
export const TEMPLATE_KINDS = ['bureau', 'school', 'teacher', 'student'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * Every column any template has, under one name. A bureau's 安全科负责人姓名
 * and a school's 负责人 are `name` too, so the same person-name rules apply.
 */
export type FieldKey =
  | 'seq' // 序号
  | 'city' // 地级以上市名称
  | 'bureau' // 各县（市、区）教育局名称
  | 'name'
  | 'idNumber'
  | 'grade'
  | 'className'
  | 'gender'
  | 'phone'
  | 'email'
  | 'schoolName'
  | 'schoolType' // 学校类型
  | 'nature' // 学校性质
  | 'stage' // 年级段
  | 'county' // 县（区、市）: the school's parent unit, or 市直属
  | 'address';

/** Cell texts of one row after normalisation, by field; absent = column missing. */
export type RowValues = Partial<Record<FieldKey, string>>;

/** Where a template column was found in a sheet. */
export interface ColumnRef {
  field: FieldKey;
  /** 0-based column index. */
  index: number;
  /** Column letter as Excel shows it (A, B, …, AA). */
  letter: string;
  /** The header text as written in the file. */
  header: string;
}

/** One data row. `row` is the row number Excel shows (1-based). */
export interface ParsedRow {
  /** Unique within a workbook: sheet index and row number. */
  key: string;
  sheet: string;
  sheetIndex: number;
  row: number;
  values: RowValues;
  /**
   * The ID number cell held a number, or text in scientific notation: a
   * spreadsheet number keeps only 15 significant digits, so the last
   * digits of an 18-digit ID number are already lost.
   */
  idStoredAsNumber: boolean;
}

export type GradeSource = 'option' | 'sheetName' | 'fileName';

export interface SheetResult {
  name: string;
  index: number;
  /** Template whose headers this sheet carries; null when no header row was found. */
  template: TemplateKind | null;
  /** Excel row number of the header row. */
  headerRow: number | null;
  columns: ColumnRef[];
  /** Student sheets: the grade the sheet stands for (sheet name → grade). */
  grade: GradeCode | null;
  gradeSource: GradeSource | null;
  /** Teacher and student sheets: the school the rows belong to, once resolved by the checks. */
  schoolId: string | null;
  rowCount: number;
  /** Why the sheet contributed no rows: hidden, blank, or no header row found. */
  skipped: 'hidden' | 'blank' | 'noHeader' | null;
}

/**
 * A problem found in a file, a sheet or a row. `row` is the Excel row
 * number, `column` the column letter; null where the finding is about a
 * whole file or sheet. Messages are rendered from `code` and `params` by
 * `formatFinding` with the `import.error.*` texts.
 */
export interface Finding {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  field: FieldKey | null;
  code: FindingCode;
  params: Record<string, string | number>;
}

export type { FindingCode };
