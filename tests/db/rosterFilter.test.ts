// The roster narrows a loaded scope in memory (src/features/roster/rosterFilter.ts)
// instead of asking the database again: it must list exactly what peopleQuery's
// selector would.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '@/db/repositories/people';
import type { PersonInput } from '@/domain/roster/personInput';
import { applyReviewAction } from '@/db/repositories/peopleReview';
import { peopleQuery } from '@/db/repositories/peopleQuery';
import type { PersonDoc, PersonKind } from '@/domain/schemas';
import { personMatcher, type RosterNarrowing } from '@/features/roster/rosterFilter';
import { createRosterFixture, idNumberOf, studentInput, teacherInput, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
const NONE: RosterNarrowing = { grade: '', classId: '', status: '', gender: '', keyword: '' };

async function add(write: PersonInput): Promise<PersonDoc> {
  const result = await createPerson(f.ctx, write);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.person;
}

beforeAll(async () => {
  f = await createRosterFixture();
  await add(studentInput(f.class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
  await add(studentInput(f.class1, { name: '张小红', idNumber: idNumberOf('20160901', 22) }));
  const li = await add(studentInput(f.class2, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
  await add(studentInput(f.otherClass, { name: '王五', idNumber: idNumberOf('20180901', 45) }));
  await add(teacherInput(f.school, { name: '陈老师', classId: f.class1.id, grade: 'P3', isHeadTeacher: true }));
  await add(teacherInput(f.school, { name: '周老师', gender: '', idNumber: idNumberOf('19800101', 61), grade: 'P3' }));
  await applyReviewAction(f.ctx, [li.id], 'submit');
});

async function fromDatabase(kind: PersonKind, n: RosterNarrowing): Promise<string[]> {
  const docs = await f.db.people.find(peopleQuery({ kind, scopePath: f.county.orgPath, ...n })).exec();
  return docs.map((d) => d.name).sort();
}

async function inMemory(kind: PersonKind, n: RosterNarrowing): Promise<string[]> {
  const loaded = (await f.db.people.find(peopleQuery({ kind, scopePath: f.county.orgPath })).exec()).map((d) => d.toJSON() as PersonDoc);
  const matches = personMatcher(n);
  return (matches ? loaded.filter(matches) : loaded).map((p) => p.name).sort();
}

describe('personMatcher', () => {
  it('is null when nothing narrows the list', () => {
    expect(personMatcher(NONE)).toBeNull();
    expect(personMatcher({ ...NONE, keyword: ' \u3000' })).toBeNull();
  });

  it('narrows like peopleQuery: grade, class, status, gender and keyword (name, pinyin, initials, full-width)', async () => {
    const cases: [PersonKind, Partial<RosterNarrowing>][] = [
      ['student', { grade: 'P1' }],
      ['student', { classId: f.class1.id }],
      ['teacher', { classId: f.class1.id }],
      ['teacher', { grade: 'P3' }],
      ['student', { status: 'pending' }],
      ['student', { gender: 'F' }],
      ['student', { keyword: '张' }],
      ['student', { keyword: 'ZhangXiao' }],
      ['student', { keyword: 'ｌｓ' }],
      ['student', { keyword: 'zs', classId: f.class1.id }],
      ['student', { keyword: '.*' }],
    ];
    for (const [kind, partial] of cases) {
      const n = { ...NONE, ...partial };
      expect(await inMemory(kind, n), JSON.stringify([kind, partial])).toEqual(await fromDatabase(kind, n));
    }
    expect(await inMemory('student', { ...NONE, keyword: '张' })).toEqual(['张三', '张小红'].sort());
  });
});
