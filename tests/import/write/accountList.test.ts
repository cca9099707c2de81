import { read } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { accountListEntries, ACCOUNT_LIST_HEADERS, writeAccountList } from '@/import/write/accountList';
import { cityOrgs } from '../helpers/world';
import { checkFixture, plan, TEACHERS } from '../plan/helpers';

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
    const workbook = read(writeAccountList(entries), { dense: true });
    const rows = (workbook.Sheets['账号清单']?.['!data'] ?? []).map((row) => (row ?? []).map((c) => String(c?.v ?? '')));
    expect(rows[1]).toEqual([...ACCOUNT_LIST_HEADERS]);
    expect(rows[2]?.slice(0, 5)).toEqual(['石重阳', '浉河区董家河镇中心小学', '教师', 'shizhongyang', entries[0]?.initialPassword]);
    expect(rows[2]?.[5]).toContain('待同步后确认');
    expect(rows).toHaveLength(14);
  });
});
