import type { Gender, GradeCode, PersonKind } from '@/domain';
import type { ParsedRow } from '../types';
import { checkClassFormat } from './classFormat';
import { checkClassNameChars, checkInnerSpaces } from './forbiddenChars';
import { checkGender } from './gender';
import { checkGrade } from './grade';
import { checkIdNumber } from './idNumber';
import type { Issue } from './issue';
import { checkPersonName } from './personName';
import { checkOptionalPhone } from './phone';
import { checkRequired } from './required';

/** A teacher or student row as the plan writes it; only for rows without findings. */
export interface PersonRecord {
  kind: PersonKind;
  name: string;
  idNumber: string;
  gender: Gender;
  /** Teachers: '' when the teacher heads no class. */
  grade: GradeCode | '';
  className: string;
  phone: string;
}

/** All single-cell checks of a class name, most basic first. */
export function classNameIssues(text: string): Issue[] {
  const values = { className: text };
  return [...checkInnerSpaces(values, ['className']), ...checkClassNameChars(values), ...checkClassFormat(values)];
}

/**
 * The class-name checks keep their answer per name: a grade of 1,600
 * students has a few dozen distinct class names.
 */
export function memoClassNameIssues(): (text: string) => Issue[] {
  const answers = new Map<string, Issue[]>();
  return (text) => {
    let issues = answers.get(text);
    if (!issues) answers.set(text, (issues = classNameIssues(text)));
    return issues;
  };
}

export type PersonRowCheck = {
  issues: Issue[];
  record: PersonRecord | null;
  /** The ID number when it passed its own checks, for the cross-row checks. */
  validId: string | null;
};

/**
 * All single-row checks of a teacher or student row, most basic first
 * (the collector keeps the first issue per cell). `sheetGrade` is the
 * student sheet's grade; teachers carry theirs in a column.
 */
export function checkPersonRow(
  kind: PersonKind,
  row: ParsedRow,
  sheetGrade: GradeCode | null,
  today: Date,
  classIssues: (text: string) => Issue[] = classNameIssues,
): PersonRowCheck {
  const { values } = row;
  const name = checkPersonName(values);
  const id = checkIdNumber(row, today);
  const gender = checkGender(values.gender ?? '', id.gender);
  const grade = kind === 'teacher' ? checkGrade(values.grade ?? '') : { issues: [], value: sheetGrade };
  const phone = kind === 'teacher' ? checkOptionalPhone(values.phone ?? '') : { issues: [], value: '' };
  const issues = [
    ...checkRequired(kind, values),
    ...name.issues,
    ...id.issues,
    ...(values.className ? classIssues(values.className) : []),
    ...gender.issues,
    ...grade.issues,
    ...phone.issues,
  ];
  const validId = id.gender ? id.value : null;
  if (issues.length > 0 || !gender.value) return { issues, record: null, validId };
  return {
    issues,
    validId,
    record: {
      kind,
      name: name.value,
      idNumber: id.value,
      gender: gender.value,
      grade: grade.value ?? '',
      className: values.className ?? '',
      phone: phone.value,
    },
  };
}
