/**
 * The signed-in user as the access rules see it, and the ranks of roles.
 * Pure: the sync server derives a Principal from its users table, the
 * client from the signed-in user.
 */
import type { OrgKind } from '../org/levels';
import { ROOT_PATH } from '../org/path';
import type { Role } from './roles';

export interface Principal {
  /** Account id. */
  id: string;
  role: Role;
  orgId: string;
  /** Path of the unit the account belongs to ("/" for the top administrator). */
  orgPath: string;
  /** The person the account is for, '' for unit accounts. */
  personId: string;
}

/** The kind of unit an account of each role belongs to. */
export const ROLE_UNIT_KIND: Record<Role, OrgKind> = {
  province_admin: 'province',
  city_admin: 'city',
  county_admin: 'county',
  township_admin: 'township',
  school_admin: 'school',
  safety_leader: 'school',
  teacher: 'school',
  classroom: 'class', // a shared computer is bound to one class and reads only it
  student: 'class',
};

/** Seniority: a lower number is a higher role. The pair of school accounts share a rank. */
export const ROLE_RANK: Record<Role, number> = {
  province_admin: 0,
  city_admin: 1,
  county_admin: 2,
  township_admin: 3,
  school_admin: 4,
  safety_leader: 4,
  teacher: 5,
  classroom: 5,
  student: 6,
};

/** The top administrator administers the root "/" and ranks above every role. */
export function isRootPrincipal(p: Principal): boolean {
  return p.orgPath === ROOT_PATH && p.role === 'province_admin';
}

export function rankOf(p: Principal): number {
  return isRootPrincipal(p) ? -1 : ROLE_RANK[p.role];
}

/**
 * The one account of equal rank an administrator manages: a school's
 * information administrator (信息管理员) opens and looks after the safety
 * vice-principal (分管安全校长) of its own school, the other half of the
 * school's pair of accounts (the township may still open either).
 */
export function isSchoolPartner(p: Principal, role: Role, orgPath: unknown): boolean {
  return p.role === 'school_admin' && role === 'safety_leader' && orgPath === p.orgPath;
}

/** May `p` open or manage an account of `role` at `orgPath`? Only below its own rank, or its school partner. */
export function managesRole(p: Principal, role: Role, orgPath: unknown): boolean {
  return ROLE_RANK[role] > rankOf(p) || isSchoolPartner(p, role, orgPath);
}

/**
 * A fingerprint of everything that decides what a principal may read. A
 * device compares it with the one it replicated under: when an account is
 * moved or its role changes, the device starts its copy afresh.
 */
export function scopeFingerprint(p: Pick<Principal, 'id' | 'role' | 'orgPath' | 'personId'>): string {
  return [p.id, p.role, p.orgPath, p.personId].join('|');
}
