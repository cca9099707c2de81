import { describe, expect, it } from 'vitest';
import { compareNames } from '@/domain/roster/nameOrder';
import { nameSearchKey } from '@/domain/roster/pinyin';
import { peopleSheets } from '@/import/write/exportRoster';
import { sortPeople } from '@/features/roster/rosterRows';
import type { PersonDoc } from '@/domain/schemas';
import { cityOrgs, school } from '../../import/helpers/world';

/** Issue 9.10: names sort by pinyin syllable by syllable, the order a Chinese user expects. */
const SHUFFLED = ['刘阳', '张三', '刘婉', '李远睿', '安娜', '李四'];
const EXPECTED = ['安娜', '李四', '李远睿', '刘婉', '刘阳', '张三'];

function student(name: string, i: number): PersonDoc {
  return {
    id: `p-${i}`, orgPath: `${school.orgPath}c1/`, createdAt: 0, createdBy: 'seed', modifiedAt: 0, modifiedBy: 'seed',
    kind: 'student', name, gender: 'M', schoolId: school.id, classId: 'c1', grade: 'P1', className: '一班',
    isHeadTeacher: false, idMasked: '', phoneMasked: '', nameSearch: nameSearchKey(name),
    review: { status: 'pending', reason: '', by: '', at: 0 }, enteredBy: 'acc', enteredAt: 0, deletedAt: 0,
  };
}

describe('name order', () => {
  it('puts 李远睿 before 刘婉 before 刘阳 (li < liu, syllable by syllable)', () => {
    expect([...SHUFFLED].sort(compareNames)).toEqual(EXPECTED);
  });

  it('orders the roster list of one class by it', () => {
    expect(sortPeople(SHUFFLED.map(student)).map((p) => p.name)).toEqual(EXPECTED);
  });

  it('orders the exported roster of one class by it', () => {
    const [sheet] = peopleSheets('student', SHUFFLED.map((name, i) => ({ person: student(name, i) })), cityOrgs);
    expect(sheet?.rows.map((r) => r[0])).toEqual(EXPECTED);
  });
});
