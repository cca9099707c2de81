import { describe, expect, it } from 'vitest';
import { nameSearchKey } from '@/domain/roster/pinyin';
import type { OrgDoc, PersonDoc } from '@/domain/schemas';
import { peopleSheets } from '@/import/write/exportRoster';
import { city, cityOrgs, school, shihe, townships } from '../helpers/world';

/** Issue 9.5: an export above school level names each row's place, so three schools' 一年级一班 stay apart. */
const otherSchool: OrgDoc = { ...school, id: 'sch-tjh', name: '谭家河乡中心小学', parentId: townships[1]!.id, orgPath: `${townships[1]!.orgPath}sch-tjh/` };
const orgs = [...cityOrgs, otherSchool];

function student(id: string, name: string, at: OrgDoc): PersonDoc {
  return {
    id, orgPath: `${at.orgPath}c1/`, createdAt: 0, createdBy: 'seed', modifiedAt: 0, modifiedBy: 'seed',
    kind: 'student', name, gender: 'M', schoolId: at.id, classId: `${at.id}-c1`, grade: 'P1', className: '一班',
    isHeadTeacher: false, idMasked: '', phoneMasked: '', nameSearch: nameSearchKey(name),
    review: { status: 'pending', reason: '', by: '', at: 0 }, enteredBy: 'acc', enteredAt: 0, deletedAt: 0,
  };
}
const entries = [student('a', '王浩', otherSchool), student('b', '李远睿', school), student('c', '刘婉', otherSchool)].map((person) => ({ person }));

describe('roster export: the place of each row', () => {
  it('puts 乡镇 and 学校 first in a county’s export, grouped by school, and titles it with the county', () => {
    const [sheet] = peopleSheets('student', entries, orgs, { scopePath: shihe.orgPath, title: '浉河区学生花名册' });
    expect(sheet?.title).toBe('浉河区学生花名册');
    expect(sheet?.leadColumns?.map((c) => c.header)).toEqual(['乡镇（街道）', '学校']);
    expect(sheet?.rows.map((r) => r.slice(0, 3))).toEqual([
      ['董家河镇', '浉河区董家河镇中心小学', '李远睿'],
      ['谭家河乡', '谭家河乡中心小学', '刘婉'],
      ['谭家河乡', '谭家河乡中心小学', '王浩'],
    ]);
  });

  it('adds the county above it in a city’s export', () => {
    const [sheet] = peopleSheets('student', entries, orgs, { scopePath: city.orgPath, title: '信阳市学生花名册' });
    expect(sheet?.leadColumns?.map((c) => c.header)).toEqual(['县（市、区）', '乡镇（街道）', '学校']);
    expect(sheet?.rows[0]?.slice(0, 3)).toEqual(['浉河区', '董家河镇', '浉河区董家河镇中心小学']);
  });

  it('keeps a school’s own export in the template layout (it re-imports unchanged)', () => {
    const [sheet] = peopleSheets('student', entries.slice(1, 2), orgs, { scopePath: school.orgPath, title: '浉河区董家河镇中心小学学生花名册' });
    expect(sheet?.leadColumns).toEqual([]);
    expect(sheet?.rows[0]?.[0]).toBe('李远睿');
  });
});
