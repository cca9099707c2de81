import { GRADE_CODES, SCHOOL_NATURE_LABELS, SCHOOL_STAGE_LABELS, SCHOOL_TYPE_LABELS, gradeLabel } from '@/domain';
import type { ColumnDef } from './types';

/**
 * Columns shared by several templates, with the header synonyms seen in
 * real files. Headers are compared after folding full-width characters and
 * removing spaces and line breaks, so 县（区、市） ≡ 县(区、市) and a header
 * broken over two lines still matches.
 */
export const GENDER_OPTIONS = ['男', '女'] as const;
export const GRADE_OPTIONS: readonly string[] = GRADE_CODES.map(gradeLabel);
export const SCHOOL_TYPE_OPTIONS: readonly string[] = Object.values(SCHOOL_TYPE_LABELS);
export const SCHOOL_NATURE_OPTIONS: readonly string[] = Object.values(SCHOOL_NATURE_LABELS);
export const SCHOOL_STAGE_OPTIONS: readonly string[] = Object.values(SCHOOL_STAGE_LABELS);

export const personName = (header: string, synonyms: readonly string[] = []): ColumnDef => ({
  field: 'name',
  header,
  synonyms: ['姓名', '名字', ...synonyms],
  required: true,
  width: 12,
});

export const idNumber: ColumnDef = {
  field: 'idNumber',
  header: '身份证号',
  synonyms: ['身份证', '身份证号码', '公民身份号码', '身份证件号', '身份证件号码', '证件号', '证件号码'],
  required: true,
  width: 22,
  text: true,
};

export const gender: ColumnDef = {
  field: 'gender',
  header: '性别',
  synonyms: [],
  // Left blank, the gender is read from the ID number.
  required: false,
  width: 8,
  options: GENDER_OPTIONS,
};

export const className: ColumnDef = {
  field: 'className',
  header: '班级',
  synonyms: ['班级名称', '所在班级', '班别', '班'],
  required: true,
  width: 12,
};

export const phone = (header: string, required: boolean): ColumnDef => ({
  field: 'phone',
  header,
  synonyms: ['手机', '手机号', '手机号码', '联系电话', '电话', '电话号码', '联系方式'],
  required,
  width: 15,
  text: true,
});
