import { checkWrite, type Principal } from '@/domain/auth/permissions';
import { ROLES, type Role } from '@/domain/auth/roles';
import type { OrgDoc } from '@/domain/schemas';

/** Unit accounts offered in the account dialog; teacher/student accounts come with their roster records. */
const UNIT_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'teacher' && r !== 'student');

/**
 * The roles `principal` may open for `unit` — asked of the very rule the
 * server enforces (checkWrite), so the UI never offers what will be refused.
 */
export function creatableRoles(principal: Principal, unit: OrgDoc): Role[] {
  const lookup = { get: (collection: string, id: string) => (collection === 'orgs' && id === unit.id ? { ...unit } : undefined) };
  const draft = (role: Role) => ({
    id: 'new',
    orgPath: unit.orgPath,
    orgId: unit.id,
    role,
    personId: '',
    createdBy: principal.id,
    modifiedBy: principal.id,
  });
  return UNIT_ROLES.filter((role) => checkWrite(principal, 'accounts', draft(role), undefined, lookup).ok);
}
