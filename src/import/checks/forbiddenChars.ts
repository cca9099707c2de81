import type { FieldKey, RowValues } from '../types';
import type { Issue } from './issue';

/**
 * The templates' rule 填写的内容中不可带有空格、括号等字符. Names: the
 * domain's validatePersonName already rejects brackets and symbols but
 * quietly closes up spaces between Han characters (right for a form, where
 * 张 三 is padding); in a template file a space is a fault to report, so
 * inner spaces are checked here first. Class names: only Han characters,
 * letters and digits (3班 is caught as a format problem, not here).
 */
const SPACE = /\s/u;
const CLASS_ALLOWED = /^[\p{Script=Han}A-Za-z0-9]$/u;

function distinct(chars: readonly string[]): string {
  return [...new Set(chars)].join('');
}

export function checkInnerSpaces(values: RowValues, fields: readonly FieldKey[]): Issue[] {
  return fields
    .filter((field) => SPACE.test(values[field] ?? ''))
    .map((field) => ({ field, code: 'forbiddenChar', params: { chars: ' ' } }));
}

export function checkClassNameChars(values: RowValues): Issue[] {
  const bad = Array.from(values.className ?? '').filter((c) => !CLASS_ALLOWED.test(c));
  return bad.length > 0 ? [{ field: 'className', code: 'forbiddenChar', params: { chars: distinct(bad) } }] : [];
}
