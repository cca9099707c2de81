import type { FieldKey, TemplateKind } from '../types';

export interface ColumnDef {
  field: FieldKey;
  /** The header as the notice writes it; used when writing the template. */
  header: string;
  /** Other headers people use for the same column (身份证 / 身份证号码 / 证件号 …). */
  synonyms: readonly string[];
  /** A row without this value is faulty. */
  required: boolean;
  /**
   * The header must be present for a sheet to count as this template, even
   * if the cell may be blank (年级 and 班级 tell a teacher file from a
   * student file). Required columns are always key columns.
   */
  key?: boolean;
  /** Column width in characters when writing. */
  width: number;
  /** Drop-down values for coded columns (性别, 学校类型 …), written as data validation. */
  options?: readonly string[];
  /** Write the column as text (@) so Excel does not turn ID numbers into 4.11502E+17. */
  text?: boolean;
  /** A row where only such columns are filled counts as blank (序号 is often pre-filled). */
  ignorable?: boolean;
}

export interface TemplateDef {
  kind: TemplateKind;
  /** Row 1 when writing (附件 title). */
  title: string;
  /** Row 2 when writing: the notice's usage instructions. */
  instructions: string;
  /** Row 3, in order. */
  columns: readonly ColumnDef[];
  /** 附件6: one grade per sheet; the grade is the sheet name, not a column. */
  sheetsAreGrades: boolean;
  /** 附件5: one school per sheet. */
  sheetsAreSchools: boolean;
  /** Default sheet name and file-name stem when writing. */
  sheetName: string;
  fileStem: string;
}
