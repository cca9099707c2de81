import { describe, expect, it } from 'vitest';
import { EMPTY_ACCOUNT_SEARCH, filterAccounts, passwordStateOf } from '@/features/accounts/accountFilter';
import type { Role } from '@/domain/auth/roles';

const acc = (displayName: string, username: string, role: Role, orgPath: string, status: 'pending' | 'active' | 'disabled', mustChangePassword: boolean) => ({
  displayName,
  username,
  requestedUsername: '',
  role,
  orgPath,
  status,
  mustChangePassword,
});

const accounts = [
  acc('王老师', 'wanglaoshi', 'teacher', '/41/s1/', 'active', false),
  acc('李校长', 'lixiaozhang', 'safety_leader', '/41/s1/', 'active', true),
  acc('一班教室', 'yiban', 'classroom', '/41/s2/', 'disabled', false),
  acc('张三', '', 'student', '/41/s1/c1/', 'pending', true),
];
const paths: Record<string, string> = { s1: '/41/s1/', s2: '/41/s2/' };
const names = (search: Partial<typeof EMPTY_ACCOUNT_SEARCH>) =>
  filterAccounts(accounts, { ...EMPTY_ACCOUNT_SEARCH, ...search }, (id) => paths[id]).map((a) => a.displayName);

describe('filterAccounts', () => {
  it('finds by name or username, role, unit subtree and password state', () => {
    expect(names({})).toHaveLength(4);
    expect(names({ keyword: 'WANG' })).toEqual(['王老师']);
    expect(names({ keyword: '校长' })).toEqual(['李校长']);
    expect(names({ role: 'classroom' })).toEqual(['一班教室']);
    expect(names({ unitId: 's1' })).toEqual(['王老师', '李校长', '张三']);
    expect(names({ state: 'unchanged' })).toEqual(['李校长', '张三']);
    expect(names({ state: 'changed' })).toEqual(['王老师']);
    expect(names({ state: 'disabled', unitId: 's2' })).toEqual(['一班教室']);
    expect(names({ unitId: 'gone' })).toEqual([]);
  });

  it('calls a disabled account 已停用 whatever its password', () => {
    expect(passwordStateOf({ status: 'disabled', mustChangePassword: true })).toBe('disabled');
  });
});
