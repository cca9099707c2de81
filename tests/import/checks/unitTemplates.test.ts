import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { readFixture, SHIHE, TODAY } from '../helpers/fixtures';
import { xlsxBytes, type Cell } from '../helpers/workbooks';
import { cityOrgs } from '../helpers/world';
import { brief } from './helpers';

/** The schools (附件3) and county bureaus (附件2) templates. */
const SCHOOL_HEADER = ['学校名称', '学校类型', '学校性质', '年级段', '县（区、市）', '负责人', '学校地址'];
const BUREAU_HEADER = ['序号', '地级以上市名称', '各县（市、区）教育局名称', '安全科负责人姓名', '手机', '邮箱'];

function schools(rows: Cell[][]) {
  return checkFile(xlsxBytes({ Sheet1: [SCHOOL_HEADER, ...rows] }), 's.xlsx', { template: 'school', context: { orgs: cityOrgs, today: TODAY } });
}

function bureaus(rows: Cell[][]) {
  return checkFile(xlsxBytes({ Sheet1: [BUREAU_HEADER, ...rows] }), 'b.xlsx', { template: 'bureau', context: { orgs: cityOrgs, today: TODAY } });
}

describe('schools template', () => {
  it('accepts the fixture, placing each school under its township or the city (市直属)', () => {
    const result = checkFile(readFixture(SHIHE, '学校账号导入.xlsx'), 's.xlsx', { context: { orgs: cityOrgs, today: TODAY } });
    expect(result.findings).toEqual([]);
    const parents = result.rows.map((r) => (r.record?.type === 'school' ? r.record.value.parentId : ''));
    expect(parents.slice(0, 2)).toEqual(['411502100', '411502100']);
    expect(parents.slice(-4, -2)).toEqual(['4115', '4115']); // 信阳市第九中学 (市直属)
  });

  it('reports values outside the drop-down lists and an unknown 县（区、市）', () => {
    const result = schools([
      ['甲小学', '小学', '国有', '小学', '董家河镇', '王伟', ''],
      ['甲小学', '小学', '国有', '小学', '董家河镇', '李娜', ''],
      ['乙中学', '中学,小学', '公办', '初高中', '火星镇', '张伟', ''],
      ['乙中学', '中学、小学', '公办', '初高中', '火星镇', '赵强', ''],
    ]);
    expect(brief(result.findings)).toEqual([
      [2, 'C', 'codeInvalid'],
      [3, 'C', 'codeInvalid'],
      [4, 'D', 'codeInvalid'],
      [4, 'E', 'unitNotFound'],
      [5, 'D', 'codeInvalid'],
      [5, 'E', 'unitNotFound'],
    ]);
  });

  it('wants exactly two rows per school, agreeing on the school fields', () => {
    const result = schools([
      ['甲小学', '小学', '公办', '小学', '董家河镇', '王伟', ''],
      ['乙小学', '小学', '公办', '小学', '董家河镇', '李娜', ''],
      ['乙小学', '小学', '民办', '小学', '董家河镇', '张伟', ''],
      ['丙小学', '小学', '公办', '小学', '柳林乡', '赵强', ''],
      ['丙小学', '小学', '公办', '小学', '柳林乡', '钱勇', ''],
      ['丙小学', '小学', '公办', '小学', '柳林乡', '孙丽', ''],
    ]);
    expect(brief(result.findings)).toEqual([
      [2, 'A', 'schoolRowCount'],
      [4, 'C', 'schoolInconsistent'],
      [7, 'A', 'schoolRowCount'],
    ]);
  });
});

describe('county bureaus template', () => {
  it('accepts the fixture and finds each county from its bureau name', () => {
    const result = checkFile(readFixture(SHIHE, '县区教育局联系清单.xlsx'), 'b.xlsx', { context: { orgs: cityOrgs, today: TODAY } });
    expect(result.findings).toEqual([]);
    expect(result.rows.map((r) => (r.record?.type === 'bureau' ? r.record.value.countyId : ''))).toEqual(['411502', '411503', '411521', '411522']);
  });

  it('reports a bad phone, a bad e-mail, a county not in the subtree, and ignores rows with only a 序号', () => {
    const result = bureaus([
      [1, '信阳市', '浉河区教育局', '卢秀芳', '1778368289', 'aq1@example.cn'],
      [2, '信阳市', '平桥区教育局', '卢博勇', '15546142965', 'aq2.example.cn'],
      [3, '信阳市', '新县教育局', '于曦', '', ''],
      [4, null, null, null, null, null],
    ]);
    expect(brief(result.findings)).toEqual([
      [2, 'E', 'phoneInvalid'],
      [3, 'F', 'emailInvalid'],
      [4, 'C', 'unitNotFound'],
    ]);
    expect(result.rows).toHaveLength(3);
  });
});
