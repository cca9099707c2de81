import { isCanonicalClassName, normalizeClassName } from '@/domain';
import type { RowValues } from '../types';
import type { Issue } from './issue';

/**
 * 班级填写格式：一班，二班，实验班. A name that is not written that way is
 * reported with the domain's suggested spelling (3班 → 三班) instead of
 * being rewritten silently, so teacher and student files stay alike.
 */
export function checkClassFormat(values: RowValues): Issue[] {
  const text = values.className ?? '';
  if (!text) return [];
  const { value, suggestion } = normalizeClassName(text);
  if (isCanonicalClassName(value)) return [];
  return [{ field: 'className', code: 'classFormat', params: { value: text, suggestion: suggestion ?? '' } }];
}
