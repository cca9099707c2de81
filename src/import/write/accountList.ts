import { utils, write } from 'xlsx';
import type { AccountDoc, OrgDoc, Role } from '@/domain';

/** Chinese role names on account lists (the list is handed to Chinese schools as is). */
const ROLE_LABELS: Record<Role, string> = {
  province_admin: '省级管理员',
  city_admin: '市级管理员',
  county_admin: '县区管理员',
  township_admin: '乡镇管理员',
  school_admin: '信息管理员',
  safety_leader: '分管安全校长',
  teacher: '教师',
  student: '学生',
  classroom: '班级电脑',
};

export interface AccountListEntry {
  name: string;
  /** The school or class (三年级二班) the account belongs to. */
  unit: string;
  role: Role;
  /** The final username once the server assigned it, else the requested one. */
  username: string;
  initialPassword: string;
  /** False while the server has not confirmed the username (offline import). */
  confirmed: boolean;
}

/** Account-list rows from accounts and the units they belong to. */
export function accountListEntries(accounts: readonly AccountDoc[], orgs: readonly Pick<OrgDoc, 'id' | 'name'>[]): AccountListEntry[] {
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return accounts
    .filter((a) => !a.disabledAt)
    .map((a) => ({
      name: a.displayName,
      unit: names.get(a.orgId) ?? '',
      role: a.role,
      username: a.username || a.requestedUsername,
      initialPassword: a.initialPassword,
      confirmed: Boolean(a.username),
    }));
}

export const ACCOUNT_LIST_HEADERS = ['姓名', '学校/班级', '角色', '用户名', '初始密码', '说明'] as const;

/**
 * The account list as .xlsx: name, class, username, initial password. An
 * unconfirmed username may still change when the server assigns it on the
 * first sync (another device may have taken it); the list says so.
 */
export function writeAccountList(entries: readonly AccountListEntry[], title = '账号清单'): Uint8Array {
  const rows = entries.map((e) => [
    e.name,
    e.unit,
    ROLE_LABELS[e.role],
    e.username,
    e.initialPassword,
    e.confirmed ? '首次登录须修改密码' : '用户名待同步后确认；首次登录须修改密码',
  ]);
  const worksheet = utils.aoa_to_sheet([[title], [...ACCOUNT_LIST_HEADERS], ...rows]);
  worksheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: ACCOUNT_LIST_HEADERS.length - 1 } }];
  worksheet['!cols'] = [{ wch: 12 }, { wch: 24 }, { wch: 12 }, { wch: 20 }, { wch: 14 }, { wch: 36 }];
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, worksheet, '账号清单');
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
