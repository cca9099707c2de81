import { describe, expect, it } from 'vitest';
import type { AccountDoc, OrgDoc } from '@/domain';
import { cityOrgs, school, sequentialIds } from '../helpers/world';
import { checkFixture, plan } from './helpers';

/** Schools template → school units and two accounts per school; bureaus template → county accounts. */
describe('planning the schools template', () => {
  const first = plan(checkFixture('学校账号导入.xlsx', { template: 'school' }));

  it('creates the five new schools under their units and updates the one on file', () => {
    const created = first.writes.orgs.filter((o) => o.id !== school.id);
    expect(created.map((o) => o.name)).toEqual(['浉河区谭家河乡中心小学', '浉河区吴家店镇第一初级中学', '浉河区柳林乡九年一贯制学校', '信阳市第九中学', '浉河区育才民办小学']);
    expect(created.find((o) => o.name === '信阳市第九中学')).toMatchObject({ kind: 'school', parentId: '4115', school: { schoolType: 'middle', nature: 'public', stage: 'complete_middle' } });
    expect(first.rows.slice(0, 2)).toMatchObject([{ status: 'changed', changes: ['address', 'principal', 'account'] }, { status: 'changed', changes: ['account'] }]);
  });

  it('opens two accounts per school: the safety leader first, the information administrator second', () => {
    expect(first.counts.accounts).toBe(12);
    expect(first.writes.accounts.slice(0, 2).map((a) => [a.role, a.displayName, a.orgId])).toEqual([
      ['safety_leader', '董单单杰', school.id],
      ['school_admin', '侯重', school.id],
    ]);
  });

  it('finds everything unchanged on a second import', () => {
    const orgs: OrgDoc[] = [...cityOrgs.filter((o) => o.id !== school.id), ...first.writes.orgs];
    const again = plan(checkFixture('学校账号导入.xlsx', { template: 'school' }, orgs), { orgs, accounts: first.writes.accounts });
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 12 });
  });
});

describe('planning the bureaus template', () => {
  const first = plan(checkFixture('县区教育局联系清单.xlsx', { template: 'bureau' }));

  it('opens one county administrator account per bureau', () => {
    expect(first.counts).toMatchObject({ new: 4, accounts: 4 });
    expect(first.writes.accounts.map((a) => [a.role, a.orgId, a.displayName, a.requestedUsername])).toEqual([
      ['county_admin', '411502', '卢秀芳', 'luxiufang'],
      ['county_admin', '411503', '卢博勇', 'luboyong'],
      ['county_admin', '411521', '于曦', 'yuxi'],
      ['county_admin', '411522', '于静', 'yujing'],
    ]);
  });

  it('keeps existing accounts, and opens a new one when the bureau names another person', () => {
    const accounts: AccountDoc[] = first.writes.accounts.map((a, i) => (i === 0 ? { ...a, displayName: '前任' } : a));
    const again = plan(checkFixture('县区教育局联系清单.xlsx', { template: 'bureau' }), { accounts, newId: sequentialIds('second-') });
    expect(again.counts).toMatchObject({ new: 0, changed: 1, unchanged: 3, accounts: 1 });
    expect(again.rows[0]).toMatchObject({ status: 'changed', changes: ['account'] });
  });
});
