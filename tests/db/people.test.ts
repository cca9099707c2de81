import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPerson,
  fieldsNeedingReview,
  findByIdNumber,
  getPerson,
  restorePerson,
  softDeletePeople,
  softDeletePerson,
  updatePerson,
} from '@/db/repositories/people';
import { getIdentity, writeIdentity } from '@/db/repositories/identities';
import { reviewHistory } from '@/db/repositories/peopleReview';
import type { PersonDoc } from '@/domain/schemas';
import { createRosterFixture, idNumberOf, studentInput, teacherInput, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
let clock = 1_700_000_000_000;

beforeEach(async () => {
  f = await createRosterFixture(() => clock);
});
afterEach(async () => {
  await f.db.close();
});

async function created(write = studentInput(f.class1)): Promise<PersonDoc> {
  const result = await createPerson(f.ctx, write);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.person;
}

describe('createPerson', () => {
  it('writes the person and its identity with derived, masked and stamped fields', async () => {
    // This number ends in X: typed lower-case, it is stored upper-case.
    const idNumber = idNumberOf('20160901', 11);
    expect(idNumber.endsWith('X')).toBe(true);
    const person = await created(studentInput(f.class1, { name: ' 张 三 ', idNumber: idNumber.toLowerCase() }));
    expect(person).toMatchObject({
      kind: 'student',
      name: '张三',
      gender: 'M',
      schoolId: f.school.id,
      classId: f.class1.id,
      grade: 'P3',
      className: '一班',
      orgPath: f.class1.orgPath,
      idMasked: '4115**********011X',
      phoneMasked: '',
      nameSearch: '张三 zhangsan zs',
      review: { status: 'draft', reason: '', by: 'tester', at: clock },
      enteredBy: 'tester',
      enteredAt: clock,
      createdBy: 'tester',
      deletedAt: 0,
    });
    expect(await getPerson(f.db, person.id)).toMatchObject({ id: person.id, name: '张三' });
    expect(await getIdentity(f.db, person.id)).toMatchObject({
      idNumber,
      phone: '',
      orgPath: f.class1.orgPath,
    });
  });

  it("puts a teacher at the school's path, with the class taught and a masked phone", async () => {
    const result = await createPerson(f.ctx, teacherInput(f.school, { classId: f.class2.id, grade: 'P3', isHeadTeacher: true }));
    expect(result.ok && result.person).toMatchObject({
      kind: 'teacher',
      orgPath: f.school.orgPath,
      classId: f.class2.id,
      grade: 'P3',
      className: '二班',
      isHeadTeacher: true,
      phoneMasked: '138****5678',
      gender: 'F',
    });
  });

  it('keeps a teacher grade without a class', async () => {
    const result = await createPerson(f.ctx, teacherInput(f.school, { grade: 'J1' }));
    expect(result.ok && result.person).toMatchObject({ grade: 'J1', className: '', classId: '' });
  });

  it('returns field errors from the domain rules and writes nothing', async () => {
    const bad = idNumberOf('20160901', 11).slice(0, 17) + '0';
    const result = await createPerson(f.ctx, studentInput(f.class1, { idNumber: bad, name: '' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['name', 'person.nameRequired'],
        ['idNumber', 'id.checksum'],
      ]),
    );
    expect(await f.db.people.count().exec()).toBe(0);
    expect(await f.db.identities.count().exec()).toBe(0);
  });

  it('requires a class for a student', async () => {
    const result = await createPerson(f.ctx, studentInput(f.class1, { classId: '' }));
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('class.required');
  });

  it('refuses a class of another school', async () => {
    await expect(createPerson(f.ctx, studentInput(f.otherClass, { schoolId: f.school.id }))).rejects.toThrow(/not a class/);
  });

  it('refuses an ID number already on file, naming who has it and where', async () => {
    await created();
    const result = await createPerson(f.ctx, studentInput(f.otherClass, { name: '王五' }));
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'idNumber', code: 'person.duplicateId', params: { name: '张三', school: '第一小学' } }],
    });
  });

  it('says so when the holder of the number is deleted', async () => {
    const first = await created();
    await softDeletePerson(f.ctx, first.id);
    const result = await createPerson(f.ctx, studentInput(f.class2, { name: '王五' }));
    expect(result.ok ? '' : result.errors[0]?.code).toBe('person.duplicateIdDeleted');
  });

  it('reuses the identity left by an interrupted create instead of refusing the number', async () => {
    const idNumber = idNumberOf('20160901', 11);
    await writeIdentity(f.ctx, 'per-orphan', f.class1.orgPath, { idNumber, phone: '', studentNo: '' });
    const person = await created();
    expect(person.id).toBe('per-orphan');
    expect(await f.db.identities.count().exec()).toBe(1);
    expect((await findByIdNumber(f.db, idNumber))?.person.id).toBe('per-orphan');
  });
});

describe('updatePerson', () => {
  it('rewrites identity and derived fields, moving a student to another class', async () => {
    const person = await created();
    clock += 1000;
    const newId = idNumberOf('20160902', 24);
    const result = await updatePerson(f.ctx, person.id, studentInput(f.class2, { name: '张小红', idNumber: newId }));
    expect(result.ok && result.person).toMatchObject({
      name: '张小红',
      gender: 'F',
      classId: f.class2.id,
      orgPath: f.class2.orgPath,
      idMasked: `4115**********${newId.slice(-4)}`,
      nameSearch: '张小红 zhangxiaohong zxh',
      modifiedAt: clock,
      enteredAt: clock - 1000,
    });
    expect(await getIdentity(f.db, person.id)).toMatchObject({ idNumber: newId, orgPath: f.class2.orgPath });
  });

  it('lets a person keep their own ID number but not take another one', async () => {
    const a = await created();
    const b = await created(studentInput(f.class1, { name: '王五', idNumber: idNumberOf('20160903', 31) }));
    expect((await updatePerson(f.ctx, a.id, studentInput(f.class1, { name: '张三丰' }))).ok).toBe(true);
    const taken = await updatePerson(f.ctx, b.id, studentInput(f.class1, { name: '王五' }));
    expect(taken.ok ? '' : taken.errors[0]?.params).toEqual({ name: '张三丰', school: '第一小学' });
  });

  async function approved(): Promise<PersonDoc> {
    const person = await created();
    await f.db.people.findOne(person.id).exec().then((d) => d?.incrementalPatch({ review: { ...person.review, status: 'approved', by: 'reviewer' } }));
    clock += 1000;
    return person;
  }

  it('keeps an approved record approved when only 学籍号 or phone changed', async () => {
    const person = await approved();
    const result = await updatePerson(f.ctx, person.id, studentInput(f.class1, { studentNo: 'G123', phone: '13900001111' }));
    expect(result.ok && result.person.review).toMatchObject({ status: 'approved', by: 'reviewer' });
    expect(result.ok && result.person.phoneMasked).toBe('139****1111');
    // 学籍号 embeds the ID number: it is stored with the identity, not the person.
    expect((await getIdentity(f.db, person.id))?.studentNo).toBe('G123');
    expect(result.ok && 'studentNo' in result.person).toBe(false);
    expect(await reviewHistory(f.db, person.id)).toEqual([]);
  });

  it('sends an approved record back to 录入 when a reviewed fact changed, saying which in its history', async () => {
    const person = await approved();
    const input = studentInput(f.class2, { name: '张小三', idNumber: idNumberOf('20160901', 13) });
    expect(await fieldsNeedingReview(f.db, person.id, input)).toEqual(['name', 'idNumber', 'classId']);
    const result = await updatePerson(f.ctx, person.id, input);
    expect(result.ok && result.person.review).toEqual({ status: 'draft', reason: '', by: 'tester', at: clock });
    expect(await reviewHistory(f.db, person.id)).toEqual([
      { personId: person.id, action: 'reopen', from: 'approved', to: 'draft', reason: '', fields: ['name', 'idNumber', 'classId'], by: 'tester', at: clock },
    ]);
  });

  it('asks for no confirmation when the record is not approved, nothing reviewed changed, or the input is not valid', async () => {
    const draft = await created();
    expect(await fieldsNeedingReview(f.db, draft.id, studentInput(f.class1, { name: '张小三' }))).toEqual([]);
    const person = await created(studentInput(f.class1, { name: '王五', idNumber: idNumberOf('20160903', 31) }));
    await f.db.people.findOne(person.id).exec().then((d) => d?.incrementalPatch({ review: { ...person.review, status: 'approved' } }));
    const same = studentInput(f.class1, { name: '王五', idNumber: idNumberOf('20160903', 31) });
    expect(await fieldsNeedingReview(f.db, person.id, { ...same, phone: '13900001111' })).toEqual([]);
    expect(await fieldsNeedingReview(f.db, person.id, { ...same, name: '' })).toEqual([]);
  });

  it('refuses a class whose grade is not the given one (a caller bug)', async () => {
    await expect(createPerson(f.ctx, studentInput(f.class1, { grade: 'P4' }))).rejects.toThrow(/grade P3, not P4/);
  });
});

describe('soft delete and restore', () => {
  it('tombstones and restores', async () => {
    const person = await created();
    clock += 5;
    expect(await softDeletePeople(f.ctx, [person.id, 'per-missing'])).toBe(1);
    expect(await getPerson(f.db, person.id)).toMatchObject({ deletedAt: clock, modifiedAt: clock });
    const restored = await restorePerson(f.ctx, person.id);
    expect(restored.ok && restored.person.deletedAt).toBe(0);
  });

  it('refuses to restore when someone else took the number meanwhile', async () => {
    const person = await created();
    await softDeletePerson(f.ctx, person.id);
    // Another device synced a live record with the same number.
    const other = await created(studentInput(f.class2, { name: '王五', idNumber: idNumberOf('20160903', 31) }));
    await writeIdentity(f.ctx, other.id, other.orgPath, { idNumber: idNumberOf('20160901', 11), phone: '', studentNo: '' });
    const result = await restorePerson(f.ctx, person.id);
    expect(result.ok ? '' : result.errors[0]?.code).toBe('person.duplicateId');
  });
});
