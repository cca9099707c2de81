import { SCHOOL_NATURE_LABELS, SCHOOL_STAGE_LABELS, SCHOOL_TYPE_LABELS, type Gender, type SchoolNature, type SchoolStage, type SchoolType } from '@/domain';

/**
 * Coded columns: the labels the templates' drop-downs offer ↔ stored codes.
 * Labels come from the domain where it has them (school codes).
 */
export const GENDER_LABELS: Record<Gender, string> = { M: '男', F: '女' };

/** Accepted spellings of 性别 (upper-cased before lookup). */
export const GENDER_BY_LABEL: Readonly<Record<string, Gender>> = { 男: 'M', 女: 'F', 男性: 'M', 女性: 'F', M: 'M', F: 'F' };

function invert<C extends string>(labels: Record<C, string>): ReadonlyMap<string, C> {
  return new Map((Object.entries(labels) as [C, string][]).map(([code, label]) => [label, code]));
}

const TYPE_BY_LABEL = invert<SchoolType>(SCHOOL_TYPE_LABELS);
const NATURE_BY_LABEL = invert<SchoolNature>(SCHOOL_NATURE_LABELS);
const STAGE_BY_LABEL = invert<SchoolStage>(SCHOOL_STAGE_LABELS);

export function schoolTypeOf(label: string): SchoolType | undefined {
  return TYPE_BY_LABEL.get(label);
}

export function schoolNatureOf(label: string): SchoolNature | undefined {
  return NATURE_BY_LABEL.get(label);
}

export function schoolStageOf(label: string): SchoolStage | undefined {
  return STAGE_BY_LABEL.get(label);
}
