import { isAdminRole, type Role } from '@/domain/auth/roles';
import { TEMPLATE_KINDS, type TemplateKind } from '@/import';

/**
 * The templates a role may import. Administrator accounts are opened one
 * level down only (the server's rule, permissions.ts), so county bureau
 * accounts come from a city, school accounts from the unit above a school
 * (city, county or township); teachers and students are imported by any
 * administrator for any school in its subtree.
 */
export function templatesFor(role: Role): TemplateKind[] {
  return TEMPLATE_KINDS.filter((kind) => {
    if (kind === 'bureau') return role === 'city_admin';
    if (kind === 'school') return role === 'city_admin' || role === 'county_admin' || role === 'township_admin';
    return isAdminRole(role);
  });
}

export const isPersonTemplate = (kind: TemplateKind): kind is 'teacher' | 'student' => kind === 'teacher' || kind === 'student';
