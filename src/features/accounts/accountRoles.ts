import { checkWrite, type Principal } from '@/domain/auth/permissions';
import { ROLES, type Role } from '@/domain/auth/roles';
import type { OrgDoc } from '@/domain/schemas';

/**
 * Roles offered in the account dialog. A teacher account is for one of the
 * unit's teachers (the dialog asks which); student accounts come with the
 * roster import, one per student.
 */
const DIALOG_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'student');

/** Roles whose account belongs to a person of the roster. */
export const PERSON_ROLES: readonly Role[] = ['teacher'];

/** Stands in for "a teacher of this unit" when asking the rule whether a teacher account may be opened here. */
const PROBE_PERSON = 'probe-person';

/**
 * The roles `principal` may open for `unit` — asked of the very rule the
 * server enforces (checkWrite), so the UI never offers what will be refused.
 */
export function creatableRoles(principal: Principal, unit: OrgDoc): Role[] {
  const lookup = {
    get: (collection: string, id: string) => {
      if (collection === 'orgs' && id === unit.id) return { ...unit };
      if (collection === 'people' && id === PROBE_PERSON) return { id, kind: 'teacher', orgPath: unit.orgPath, deletedAt: 0 };
      return undefined;
    },
  };
  const draft = (role: Role) => ({
    id: 'new',
    orgPath: unit.orgPath,
    orgId: unit.id,
    role,
    personId: PERSON_ROLES.includes(role) ? PROBE_PERSON : '',
    createdBy: principal.id,
    modifiedBy: principal.id,
  });
  return DIALOG_ROLES.filter((role) => checkWrite(principal, 'accounts', draft(role), undefined, lookup).ok);
}
