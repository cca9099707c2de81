/** Account roles. Administrators exist per level; the rest live in a school. */
export const ROLES = [
  'province_admin',
  'city_admin',
  'county_admin',
  'township_admin',
  'school_admin', // 信息管理员
  'safety_leader', // 分管安全校长
  'teacher',
  'student',
  'classroom', // a shared classroom computer, signed in as a device
] as const;
export type Role = (typeof ROLES)[number];

export const ADMIN_ROLES = ['province_admin', 'city_admin', 'county_admin', 'township_admin', 'school_admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}
