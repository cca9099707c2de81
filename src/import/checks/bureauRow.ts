import type { ParsedRow } from '../types';
import type { ScopeUnit } from './context';
import { checkOptionalEmail } from './email';
import type { Issue } from './issue';
import { checkPersonName } from './personName';
import { checkOptionalPhone } from './phone';
import { checkRequired } from './required';
import { bureauCounty } from './units';

/** A bureaus-template row as the plan writes it; only for rows without findings. */
export interface BureauRecord {
  city: string;
  bureau: string;
  /** The county the bureau runs, when the caller passed the units. */
  countyId: string;
  person: string;
  phone: string;
  email: string;
}

/** Single-row checks of 附件2; `units` null when the caller passed no units to find the county in. */
export function checkBureauRow(row: ParsedRow, units: readonly ScopeUnit[] | null): { issues: Issue[]; record: BureauRecord | null } {
  const { values } = row;
  const person = checkPersonName(values);
  const phone = checkOptionalPhone(values.phone ?? '');
  const bureau = values.bureau ?? '';
  const county = units && bureau ? bureauCounty(units, bureau) : undefined;
  const countyIssues: Issue[] = units && bureau && !county ? [{ field: 'bureau', code: 'unitNotFound', params: { value: bureau } }] : [];
  const issues = [...checkRequired('bureau', values), ...person.issues, ...phone.issues, ...checkOptionalEmail(values.email ?? ''), ...countyIssues];
  if (issues.length > 0) return { issues, record: null };
  return {
    issues,
    record: { city: values.city ?? '', bureau, countyId: county?.id ?? '', person: person.value, phone: phone.value, email: values.email ?? '' },
  };
}
