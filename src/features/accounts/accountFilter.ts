import type { Role } from '@/domain/auth/roles';
import type { AccountDoc } from '@/domain/schemas';

/** How far along an account is, as the accounts page filters it: 未修改 / 已修改 / 已停用. */
export const PASSWORD_STATES = ['unchanged', 'changed', 'disabled'] as const;
export type PasswordState = (typeof PASSWORD_STATES)[number];

export interface AccountSearch {
  /** Name or username, any part. */
  keyword: string;
  role: Role | '';
  /** A unit id: accounts of that unit and every unit below it. */
  unitId: string;
  state: PasswordState | '';
}

export const EMPTY_ACCOUNT_SEARCH: AccountSearch = { keyword: '', role: '', unitId: '', state: '' };

/** 已停用 wins; otherwise whether the first sign-in's password change is still due. */
export function passwordStateOf(account: Pick<AccountDoc, 'status' | 'mustChangePassword'>): PasswordState {
  if (account.status === 'disabled') return 'disabled';
  return account.mustChangePassword ? 'unchanged' : 'changed';
}

/**
 * The accounts matching the search. `unitPath` turns the chosen unit into
 * its path (the subtree filter); an unknown unit matches nothing.
 */
export function filterAccounts<T extends Pick<AccountDoc, 'displayName' | 'username' | 'requestedUsername' | 'role' | 'orgPath' | 'status' | 'mustChangePassword'>>(
  accounts: readonly T[],
  search: AccountSearch,
  unitPath: (unitId: string) => string | undefined,
): T[] {
  const keyword = search.keyword.trim().toLowerCase();
  const path = search.unitId ? unitPath(search.unitId) : '';
  if (path === undefined) return [];
  return accounts.filter(
    (a) =>
      (!keyword || [a.displayName, a.username, a.requestedUsername].some((text) => text.toLowerCase().includes(keyword))) &&
      (!search.role || a.role === search.role) &&
      (!path || a.orgPath.startsWith(path)) &&
      (!search.state || passwordStateOf(a) === search.state),
  );
}
