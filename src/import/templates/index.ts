import type { TemplateKind } from '../types';
import { bureauTemplate } from './bureau';
import { schoolTemplate } from './school';
import { studentTemplate } from './student';
import { teacherTemplate } from './teacher';
import type { TemplateDef } from './types';

export const TEMPLATES: Record<TemplateKind, TemplateDef> = {
  bureau: bureauTemplate,
  school: schoolTemplate,
  teacher: teacherTemplate,
  student: studentTemplate,
};

export { CITY_DIRECT } from './school';
export type { ColumnDef, TemplateDef } from './types';
