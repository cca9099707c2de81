import { read } from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/domain';
import zhAccounts from '@/i18n/locales/zh-CN/accounts';
import { accountListEntries, ACCOUNT_LIST_HEADERS, writeAccountList } from '@/import/write/accountList';
import { cityOrgs } from '../helpers/world';
import { checkFixture, plan, TEACHERS } from '../plan/helpers';

/** Role names exactly as the accounts page shows them (issue 9.5). */
const roleName = (role: Role) => zhAccounts.roles[role];
const sheetRows = (bytes: Uint8Array) =>
  (read(bytes, { dense: true }).Sheets['账号清单']?.['!data'] ?? []).map((row) => (row ?? []).map((c) => String(c?.v ?? '')));

/** The account list administrators hand out: name, class, username, initial password. */
describe('account list export', () => {
  const planned = plan(checkFixture(TEACHERS, { template: 'teacher' }));
  const entries = accountListEntries(planned.writes.accounts, [...cityOrgs, ...planned.writes.orgs]);

  it('lists every new account with its unit, requested username and initial password', () => {
    expect(entries).toHaveLength(12);
    expect(entries[0]).toMatchObject({ name: '石重阳', unit: '浉河区董家河镇中心小学', role: 'teacher', username: 'shizhongyang', confirmed: false });
    expect(entries[0]?.initialPassword).toBe(planned.writes.accounts[0]?.initialPassword);
  });

  it('prefers the username the server assigned once there is one', () => {
    const assigned = accountListEntries([{ ...planned.writes.accounts[0]!, username: 'shizhongyang2', status: 'active' }], cityOrgs);
    expect(assigned[0]).toMatchObject({ username: 'shizhongyang2', confirmed: true });
  });

  it('writes an .xlsx with a title row, the headers and one row per account', () => {
    const rows = sheetRows(writeAccountList(entries, '账号清单', roleName));
    expect(rows[1]).toEqual([...ACCOUNT_LIST_HEADERS]);
    expect(rows[2]?.slice(0, 5)).toEqual(['石重阳', '浉河区董家河镇中心小学', '教师', 'shizhongyang', entries[0]?.initialPassword]);
    expect(rows[2]?.[5]).toContain('待同步后确认');
    expect(rows).toHaveLength(14);
  });

  it('says 首次登录须修改密码 only while the password is the initial one, with the UI’s role names (issue 9.5)', () => {
    const first = planned.writes.accounts[0]!;
    const accounts = [
      { ...first, username: 'a', status: 'active' as const, mustChangePassword: true },
      { ...first, id: 'changed', username: 'b', status: 'active' as const, mustChangePassword: false },
      { ...first, id: 'admin', role: 'school_admin' as const, username: 'c', status: 'active' as const, mustChangePassword: false },
    ];
    const rows = sheetRows(writeAccountList(accountListEntries(accounts, cityOrgs), '浉河区账号清单', roleName));
    expect(rows[0]?.[0]).toBe('浉河区账号清单');
    expect(rows[2]?.slice(4)).toEqual([first.initialPassword, '首次登录须修改密码']);
    expect(rows[3]?.slice(4)).toEqual(['', '已修改密码']);
    expect(rows[4]?.[2]).toBe('学校信息管理员');
  });
});
