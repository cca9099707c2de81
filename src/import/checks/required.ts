import { TEMPLATES } from '../templates';
import type { RowValues, TemplateKind } from '../types';
import type { Issue } from './issue';

/**
 * Required cells left blank. A teacher's 年级 and 班级 go together: a
 * safety-lesson teacher may head no class, but one without the other
 * cannot be placed.
 */
export function checkRequired(template: TemplateKind, values: RowValues): Issue[] {
  const issues: Issue[] = TEMPLATES[template].columns
    .filter((c) => c.required && !values[c.field])
    .map((c) => ({ field: c.field, code: 'required', params: { header: c.header } }));
  if (template === 'teacher') {
    if (values.grade && !values.className) issues.push({ field: 'className', code: 'required', params: { header: '班级' } });
    if (values.className && !values.grade) issues.push({ field: 'grade', code: 'required', params: { header: '年级' } });
  }
  return issues;
}
