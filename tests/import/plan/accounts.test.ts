import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { TODAY } from '../helpers/fixtures';
import { STUDENT_HEADER, xlsxBytes } from '../helpers/workbooks';
import { cityOrgs, school } from '../helpers/world';
import { plan } from './helpers';

/** Usernames: full pinyin, digits on collision, unique in the file and against what is taken. */
describe('account usernames', () => {
  const bytes = xlsxBytes({
    一年级: [
      STUDENT_HEADER,
      ['王浩', '411502201909157308', '一班', ''],
      ['王浩', '411502201907224511', '一班', ''],
      ['曾明', '411502201901232422', '一班', ''],
      ['单田芳', '411502201903033822', '一班', ''],
    ],
  });
  const result = checkFile(bytes, 'x.xlsx', { template: 'student', context: { schoolId: school.id, orgs: cityOrgs, today: TODAY } });

  it('gives two 王浩 in one file wanghao and wanghao2, and reads surnames as surnames', () => {
    expect(result.findings).toEqual([]);
    expect(plan(result).writes.accounts.map((a) => a.requestedUsername)).toEqual(['wanghao', 'wanghao2', 'zengming', 'shantianfang']);
  });

  it('skips names taken elsewhere in the system', () => {
    const taken = new Set(['wanghao', 'wanghao2', 'zengming']);
    const names = plan(result, { isUsernameTaken: (u) => taken.has(u) }).writes.accounts.map((a) => a.requestedUsername);
    expect(names).toEqual(['wanghao3', 'wanghao4', 'zengming2', 'shantianfang']);
  });
});
