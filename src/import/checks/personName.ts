import { validatePersonName } from '@/domain';
import type { FieldKey, RowValues } from '../types';
import { findingCodeOf } from './domainCodes';
import type { Issue } from './issue';
import { checkInnerSpaces } from './forbiddenChars';

export type NameCheck = { issues: Issue[]; value: string };

/**
 * A person's name: no inner spaces (template rule, see forbiddenChars.ts),
 * then the domain's name rules (characters, middle dot, length).
 */
export function checkPersonName(values: RowValues, field: FieldKey = 'name'): NameCheck {
  const text = values[field] ?? '';
  if (!text) return { issues: [], value: '' }; // blank: checkRequired reports it
  const spaces = checkInnerSpaces(values, [field]);
  if (spaces.length > 0) return { issues: spaces, value: text };
  const result = validatePersonName(text);
  if (result.ok) return { issues: [], value: result.value };
  return { issues: [{ field, code: findingCodeOf(result.code), params: result.params ?? {} }], value: text };
}
