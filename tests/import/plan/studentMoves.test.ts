import { describe, expect, it } from 'vitest';
import type { ExistingPerson } from '@/import/plan';
import { cityOrgs } from '../helpers/world';
import { checkFixture, plan, WHOLE_SCHOOL } from './helpers';

/** A student who changed class moves with the identity and the account, so the new class sees them. */
describe('a student moved to another class', () => {
  const first = plan(checkFixture(WHOLE_SCHOOL, { template: 'student' }));
  const orgs = [...cityOrgs, ...first.writes.orgs];
  const byId = new Map(first.writes.identities.map((i) => [i.id, i]));
  const existing: ExistingPerson[] = first.writes.people.map((person) => ({ person, identity: byId.get(person.id)! }));
  const secondClass = orgs.find((o) => o.classInfo?.grade === 'P1' && o.classInfo.className === '二班');
  // On file in 二班; the file says 一班.
  const moved = existing.map((e, i) =>
    i === 0 && secondClass ? { person: { ...e.person, classId: secondClass.id, className: '二班', orgPath: secondClass.orgPath }, identity: { ...e.identity, orgPath: secondClass.orgPath } } : e,
  );
  const accounts = first.writes.accounts.map((a, i) => (i === 0 && secondClass ? { ...a, orgId: secondClass.id, orgPath: secondClass.orgPath } : a));
  const again = plan(checkFixture(WHOLE_SCHOOL, { template: 'student' }, orgs), { orgs, people: moved, accounts });

  it('reports the class change and writes person, identity and account at the new path', () => {
    expect(again.counts).toMatchObject({ changed: 1, unchanged: 455, classes: 0, accounts: 0 });
    expect(again.rows[0]?.changes).toEqual(['className']);
    const person = again.writes.people[0];
    expect(person).toMatchObject({ className: '一班', classId: existing[0]?.person.classId, orgPath: existing[0]?.person.orgPath });
    expect(again.writes.identities[0]).toMatchObject({ id: person?.id, orgPath: person?.orgPath });
    expect(again.writes.accounts[0]).toMatchObject({ id: first.writes.accounts[0]?.id, orgId: person?.classId, orgPath: person?.orgPath });
  });
});
