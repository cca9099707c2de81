import { describe, expect, it } from 'vitest';
import { PASSWORD_ALPHABET } from '@/domain';
import type { ExistingPerson } from '@/import/plan';
import { ACTOR, cityOrgs, NOW, school } from '../helpers/world';
import { checkFixture, plan, TEACHERS, WHOLE_SCHOOL } from './helpers';

/** A first import: every row is new, classes are created once, each person gets an account. */
describe('planning a first import of students', () => {
  const result = checkFixture(WHOLE_SCHOOL, { template: 'student' });
  const planned = plan(result);

  it('counts 456 new rows and creates the 12 classes of six grades', () => {
    expect(planned.refused).toBeNull();
    expect(planned.counts).toEqual({ new: 456, changed: 0, unchanged: 0, faulty: 0, accounts: 456, classes: 12 });
    expect(planned.writes.orgs.map((o) => o.name).slice(0, 4)).toEqual(['一年级一班', '一年级二班', '二年级一班', '二年级二班']);
    const [first] = planned.writes.orgs;
    expect(first).toMatchObject({ kind: 'class', parentId: school.id, orgPath: `${school.orgPath}${first?.id}/`, classInfo: { grade: 'P1', className: '一班' } });
  });

  it('writes people in their class, pending review, entered by the importing user', () => {
    const person = planned.writes.people[0];
    const klass = planned.writes.orgs.find((o) => o.id === person?.classId);
    expect(person).toMatchObject({
      kind: 'student',
      name: '崔秀',
      gender: 'F',
      schoolId: school.id,
      grade: 'P1',
      className: '一班',
      isHeadTeacher: false,
      idMasked: '4115**********7308',
      nameSearch: '崔秀 cuixiu cx',
      review: { status: 'pending', reason: '', by: ACTOR, at: NOW },
      enteredBy: ACTOR,
      enteredAt: NOW,
      createdBy: ACTOR,
      deletedAt: 0,
    });
    expect(person?.orgPath).toBe(klass?.orgPath);
  });

  it('keeps the ID number in an identity with the same id and path as the person', () => {
    const person = planned.writes.people[0];
    expect(planned.writes.identities[0]).toMatchObject({ id: person?.id, orgPath: person?.orgPath, idNumber: '411502201909157308', phone: '' });
  });

  it('opens a pending student account per person with a pinyin username and a random initial password', () => {
    const account = planned.writes.accounts[0];
    const person = planned.writes.people[0];
    expect(account).toMatchObject({
      role: 'student',
      orgId: person?.classId,
      personId: person?.id,
      displayName: '崔秀',
      requestedUsername: 'cuixiu',
      username: '',
      status: 'pending',
      mustChangePassword: true,
      disabledAt: 0,
    });
    expect(account?.initialPassword).toMatch(new RegExp(`^[${PASSWORD_ALPHABET}]{10}$`));
    expect(new Set(planned.writes.accounts.map((a) => a.initialPassword)).size).toBe(456);
  });
});

describe('planning a re-import against records on file', () => {
  const first = plan(checkFixture(TEACHERS, { template: 'teacher' }));
  const orgs = [...cityOrgs, ...first.writes.orgs];
  const existing: ExistingPerson[] = first.writes.people.map((person, i) => ({ person, identity: first.writes.identities[i] ?? first.writes.identities[0]! }));

  it('finds every teacher unchanged, writes nothing and refuses as nothing to import', () => {
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: existing, accounts: first.writes.accounts });
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 12, faulty: 0, accounts: 0, classes: 0 });
    expect(again.refused).toBe('nothingToImport');
  });

  it('lists the changed fields, keeps ids and creation stamps, and sends the record back to review', () => {
    const renamed = existing.map((e, i) => (i === 0 ? { ...e, person: { ...e.person, name: '石重', review: { ...e.person.review, status: 'approved' as const } } } : e));
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: renamed, accounts: first.writes.accounts, now: NOW + 1000 });
    expect(again.counts).toMatchObject({ changed: 1, unchanged: 11 });
    expect(again.rows[0]).toMatchObject({ status: 'changed', changes: ['name'], recordId: existing[0]?.person.id });
    expect(again.writes.people).toHaveLength(1);
    expect(again.writes.people[0]).toMatchObject({ id: existing[0]?.person.id, name: '石重阳', createdAt: NOW, modifiedAt: NOW + 1000, review: { status: 'pending' } });
    expect(again.writes.identities).toEqual([]);
  });

  it('never deletes or touches records missing from the file', () => {
    const extra = { ...existing[0]!, person: { ...existing[0]!.person, id: 'per-other', name: '不在文件里' }, identity: { ...existing[0]!.identity, id: 'per-other', idNumber: '110105194912310021' } };
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: [...existing, extra], accounts: first.writes.accounts });
    expect(again.writes.people.some((p) => p.id === 'per-other')).toBe(false);
    expect(again.writes.people.every((p) => p.deletedAt === 0)).toBe(true);
  });

  it('keeps the phone on file when the file leaves it blank (手机号不用填写)', () => {
    const withPhone = existing.map((e) => ({ ...e, identity: { ...e.identity, phone: '13812345678' } }));
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: withPhone, accounts: first.writes.accounts });
    expect(again.counts.unchanged).toBe(12);
  });

  it('restores a deleted person listed again, keeping an approval that no reviewed fact contradicts', () => {
    const approval = { status: 'approved' as const, reason: '', by: 'account-school', at: NOW };
    const deleted = existing.map((e, i) => (i === 1 ? { ...e, person: { ...e.person, deletedAt: NOW - 1, review: approval } } : e));
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: deleted, accounts: first.writes.accounts });
    expect(again.rows[1]).toMatchObject({ status: 'changed', changes: ['restored'] });
    expect(again.writes.people[0]).toMatchObject({ deletedAt: 0, review: approval });
  });

  it('opens an account for a person on file who has none, and keeps existing accounts', () => {
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: existing, accounts: first.writes.accounts.slice(1) });
    expect(again.writes.accounts).toHaveLength(1);
    expect(again.writes.accounts[0]).toMatchObject({ personId: existing[0]?.person.id, role: 'teacher', orgId: school.id });
  });

  it('treats a match in another school as faulty instead of moving the person', () => {
    const elsewhere = existing.map((e, i) => (i === 0 ? { ...e, person: { ...e.person, schoolId: 'sch-other' } } : e));
    const again = plan(checkFixture(TEACHERS, { template: 'teacher' }, orgs), { orgs, people: elsewhere, accounts: first.writes.accounts }, 'validOnly');
    expect(again.rows[0]).toMatchObject({ status: 'faulty', changes: ['conflict'] });
  });
});
