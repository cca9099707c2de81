import { utils, write } from 'xlsx';
import type { AccountDoc, OrgDoc, Role } from '@/domain';

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
  /** Still on its initial password: the first sign-in must change it. */
  mustChangePassword: boolean;
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
      // A changed password makes the initial one worthless: it is not listed.
      initialPassword: a.mustChangePassword ? a.initialPassword : '',
      confirmed: Boolean(a.username),
      mustChangePassword: a.mustChangePassword,
    }));
}

export const ACCOUNT_LIST_HEADERS = ['姓名', '学校/班级', '角色', '用户名', '初始密码', '说明'] as const;

/** 说明 of one account: what its holder must still do, and nothing for an account already in use. */
function noteOf(e: AccountListEntry): string {
  const notes = [!e.confirmed && '用户名待同步后确认', e.mustChangePassword ? '首次登录须修改密码' : '已修改密码'];
  return notes.filter(Boolean).join('；');
}

/**
 * The account list as .xlsx: name, class, role, username, initial password.
 * Role names are the ones the app shows (the caller passes them). An
 * unconfirmed username may still change when the server assigns it on the
 * first sync (another device may have taken it); the list says so.
 */
export function writeAccountList(entries: readonly AccountListEntry[], title: string, roleName: (role: Role) => string): Uint8Array {
  const rows = entries.map((e) => [e.name, e.unit, roleName(e.role), e.username, e.initialPassword, noteOf(e)]);
  const worksheet = utils.aoa_to_sheet([[title], [...ACCOUNT_LIST_HEADERS], ...rows]);
  worksheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: ACCOUNT_LIST_HEADERS.length - 1 } }];
  worksheet['!cols'] = [{ wch: 12 }, { wch: 24 }, { wch: 12 }, { wch: 20 }, { wch: 14 }, { wch: 36 }];
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, worksheet, '账号清单');
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
