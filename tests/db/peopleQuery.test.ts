import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, softDeletePerson } from '@/db/repositories/people';
import type { PersonInput } from '@/domain/roster/personInput';
import { applyReviewAction } from '@/db/repositories/peopleReview';
import { peopleQuery, type PeopleFilter } from '@/db/repositories/peopleQuery';
import { parentPathOf } from '@/domain/org/path';
import type { PersonDoc } from '@/domain/schemas';
import { createRosterFixture, idNumberOf, studentInput, teacherInput, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
const byName = new Map<string, string>();

async function add(write: PersonInput): Promise<PersonDoc> {
  const result = await createPerson(f.ctx, write);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  byName.set(result.person.name, result.person.id);
  return result.person;
}

beforeAll(async () => {
  f = await createRosterFixture();
  await add(studentInput(f.class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
  await add(studentInput(f.class1, { name: '张小红', idNumber: idNumberOf('20160901', 22) }));
  await add(studentInput(f.class2, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
  await add(studentInput(f.otherClass, { name: '王五', idNumber: idNumberOf('20180901', 45) }));
  const gone = await add(studentInput(f.class2, { name: '赵六', idNumber: idNumberOf('20160901', 55) }));
  await softDeletePerson(f.ctx, gone.id);
  await add(teacherInput(f.school, { name: '陈老师', classId: f.class1.id, grade: 'P3', isHeadTeacher: true }));
  await add(teacherInput(f.school, { name: '周老师', gender: '', idNumber: idNumberOf('19800101', 61), grade: 'P3' }));
  await applyReviewAction(f.ctx, [byName.get('李四') ?? ''], 'submit');
});
afterEach(() => undefined);

async function names(filter: Partial<PeopleFilter>): Promise<string[]> {
  const query = peopleQuery({ kind: 'student', scopePath: f.county.orgPath, ...filter });
  const docs = await f.db.people.find(query).exec();
  return docs.map((d) => d.name).sort();
}

describe('peopleQuery', () => {
  it('lists the live people of a kind within a subtree', async () => {
    expect(await names({})).toEqual(['张三', '张小红', '李四', '王五'].sort());
    expect(await names({ scopePath: f.school.orgPath })).toEqual(['张三', '张小红', '李四'].sort());
    expect(await names({ scopePath: f.class2.orgPath })).toEqual(['李四']);
    expect(await names({ kind: 'teacher' })).toEqual(['周老师', '陈老师'].sort());
  });

  it('does not let a path prefix leak into a sibling whose id merely starts the same', async () => {
    // "/41/4115/411502/" must not match "/41/4115/4115020/" — the trailing slash sees to it.
    const sibling = `${parentPathOf(f.county.orgPath)}4115020/`;
    expect(await names({ scopePath: sibling })).toEqual([]);
  });

  it('filters by grade, class, status and gender', async () => {
    expect(await names({ grade: 'P1' })).toEqual(['王五']);
    expect(await names({ classId: f.class1.id, scopePath: f.school.orgPath })).toEqual(['张三', '张小红'].sort());
    expect(await names({ kind: 'teacher', classId: f.class1.id, scopePath: f.school.orgPath })).toEqual(['陈老师']);
    expect(await names({ kind: 'teacher', grade: 'P3' })).toEqual(['周老师', '陈老师'].sort());
    expect(await names({ status: 'pending' })).toEqual(['李四']);
    expect(await names({ gender: 'F' })).toEqual(['张小红']);
  });

  it('shows deleted records only when asked', async () => {
    expect(await names({ deleted: true })).toEqual(['赵六']);
  });

  it('finds names by characters, full pinyin and initials, ignoring case and full-width letters', async () => {
    expect(await names({ keyword: '张' })).toEqual(['张三', '张小红'].sort());
    expect(await names({ keyword: 'ZhangXiao' })).toEqual(['张小红']);
    expect(await names({ keyword: 'ｌｓ' })).toEqual(['李四']);
    expect(await names({ keyword: 'zs' })).toEqual(['张三']);
    expect(await names({ keyword: '.*' })).toEqual([]);
  });
});

describe('peopleQuery plan', () => {
  it('reads a subtree through the orgPath index and a class through the classId index', () => {
    const plan = (filter: Partial<PeopleFilter>) =>
      f.db.people.find(peopleQuery({ kind: 'student', scopePath: f.school.orgPath, ...filter })).getPreparedQuery().queryPlan;
    // RxDB puts its own _deleted flag first in every index.
    const subtree = plan({ keyword: 'zhang' });
    expect(subtree.index.slice(0, 2)).toEqual(['_deleted', 'orgPath']);
    expect(subtree.startKeys[1]).toBe(f.school.orgPath);
    expect(subtree.endKeys[1]).toBe(`${f.school.orgPath}\uffff`);
    expect(plan({ classId: f.class1.id }).index.slice(0, 2)).toEqual(['_deleted', 'classId']);
  });
});
