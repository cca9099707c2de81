import type { SchoolNature, SchoolStage, SchoolType } from '@/domain';
import { schoolNatureOf, schoolStageOf, schoolTypeOf } from '../templates/codes';
import { SCHOOL_NATURE_OPTIONS, SCHOOL_STAGE_OPTIONS, SCHOOL_TYPE_OPTIONS } from '../templates/columns';
import type { FieldKey, ParsedRow } from '../types';
import type { ScopeUnit } from './context';
import type { Issue } from './issue';
import { checkPersonName } from './personName';
import { checkRequired } from './required';
import { schoolParentUnit } from './units';

/** A schools-template row as the plan writes it; only for rows without findings. */
export interface SchoolRecord {
  schoolName: string;
  schoolType: SchoolType;
  nature: SchoolNature;
  stage: SchoolStage;
  /** The unit named in 县（区、市）, when the caller passed the units. */
  parentId: string;
  countyText: string;
  person: string;
  address: string;
}

function coded<C>(field: FieldKey, text: string, parse: (label: string) => C | undefined, allowed: readonly string[]) {
  const value = text ? parse(text) : undefined;
  const issues: Issue[] = text && !value ? [{ field, code: 'codeInvalid', params: { value: text, allowed: allowed.join('、') } }] : [];
  return { value, issues };
}

/** Single-row checks of 附件3; `units` null when the caller passed no units to check 县（区、市） against. */
export function checkSchoolRow(row: ParsedRow, units: readonly ScopeUnit[] | null): { issues: Issue[]; record: SchoolRecord | null } {
  const { values } = row;
  const person = checkPersonName(values);
  const type = coded('schoolType', values.schoolType ?? '', schoolTypeOf, SCHOOL_TYPE_OPTIONS);
  const nature = coded('nature', values.nature ?? '', schoolNatureOf, SCHOOL_NATURE_OPTIONS);
  const stage = coded('stage', values.stage ?? '', schoolStageOf, SCHOOL_STAGE_OPTIONS);
  const countyText = values.county ?? '';
  const parent = units && countyText ? schoolParentUnit(units, countyText) : undefined;
  const unitIssues: Issue[] = units && countyText && !parent ? [{ field: 'county', code: 'unitNotFound', params: { value: countyText } }] : [];
  const issues = [...checkRequired('school', values), ...person.issues, ...type.issues, ...nature.issues, ...stage.issues, ...unitIssues];
  if (issues.length > 0 || !type.value || !nature.value || !stage.value) return { issues, record: null };
  return {
    issues,
    record: {
      schoolName: values.schoolName ?? '',
      schoolType: type.value,
      nature: nature.value,
      stage: stage.value,
      parentId: parent?.id ?? '',
      countyText,
      person: person.value,
      address: values.address ?? '',
    },
  };
}
