import { describe, expect, it } from 'vitest';
import { addFigures, emptyFigures, rate, rollUp, subtreeFigures } from '@/domain/stats';
import { countyFixture, NOW } from './fixture';

describe('subtreeFigures (worked by hand on countyFixture)', () => {
  const docs = countyFixture();
  const figures = subtreeFigures(docs, NOW);
  const get = (id: string) => {
    const f = figures.get(id);
    if (!f) throw new Error(`no figures for ${id}`);
    return f;
  };

  it('counts a class: students, its accounts, roster states, completion of running tasks for its grade', () => {
    const c1 = get('c1');
    expect(c1.units).toEqual({ schools: 0, classes: 1, teachers: 0, students: 3 });
    expect(c1.accounts.class).toEqual({ done: 1, of: 1 }); // its head teacher t1 can sign in
    expect(c1.accounts.student).toEqual({ done: 2, of: 3 });
    expect(c1.roster.student).toEqual({ draft: 1, pending: 0, approved: 2, returned: 0 });
    expect(c1.lessons).toEqual({ done: 1, of: 3 }); // the ended activity no longer counts
    expect(c1.acknowledgements).toEqual({ done: 1, of: 3 });
    // P5 is outside the special activity's band: no lesson figure (absent), not 0 %.
    expect(get('c2').lessons).toBeNull();
    expect(get('c2').acknowledgements).toEqual({ done: 1, of: 1 }); // the deleted student is not expected
  });

  it('counts a school: own accounts, teachers, drills against the monthly rule, hazards, plus its classes', () => {
    const s1 = get('s1');
    expect(s1.units).toEqual({ schools: 1, classes: 2, teachers: 2, students: 4 });
    expect(s1.accounts).toEqual({ school: { done: 1, of: 1 }, class: { done: 1, of: 2 }, teacher: { done: 1, of: 2 }, student: { done: 2, of: 4 } });
    expect(s1.roster.teacher).toEqual({ draft: 0, pending: 1, approved: 1, returned: 0 });
    expect(s1.drills).toEqual({ lastMonthMet: 1, lastMonthMissing: 0, thisMonthMet: 1 });
    expect(s1.hazards).toEqual({ open: 2, overdue: 1, closed: 0, rectification: { done: 0, of: 2 } });
    // A pending or disabled account is not an opened one.
    expect(get('s2').accounts.school).toEqual({ done: 0, of: 1 });
    expect(get('s2').accounts.teacher).toEqual({ done: 0, of: 1 });
    expect(get('s2').lessons).toBeNull();
  });

  it('rolls children up into the township and the county (numerators and denominators, not rates)', () => {
    const t = get('t');
    expect(t.units.schools).toBe(2);
    expect(t.lessons).toEqual({ done: 1, of: 3 });
    expect(t.acknowledgements).toEqual({ done: 2, of: 4 });
    expect(t.drills).toEqual({ lastMonthMet: 1, lastMonthMissing: 1, thisMonthMet: 2 });
    expect(t.hazards).toEqual({ open: 2, overdue: 1, closed: 1, rectification: { done: 1, of: 3 } });
    const c = get('c');
    expect(c.units).toEqual({ schools: 3, classes: 2, teachers: 3, students: 4 });
    expect(c.accounts.school).toEqual({ done: 1, of: 3 });
    expect(c.drills).toEqual({ lastMonthMet: 1, lastMonthMissing: 2, thisMonthMet: 2 });
    expect(c.roster.teacher).toEqual({ draft: 0, pending: 1, approved: 1, returned: 1 });
    expect(rate(c.hazards?.rectification ?? null)).toBeCloseTo(1 / 3);
  });

  it('shows a feature without data as absent (null) at every level, and no rate without a denominator', () => {
    const bare = subtreeFigures({ orgs: docs.orgs, people: docs.people, accounts: docs.accounts }, NOW);
    for (const id of ['c1', 's1', 't', 'c']) {
      const f = bare.get(id);
      expect([f?.lessons, f?.acknowledgements, f?.drills, f?.hazards, f?.accidents]).toEqual([null, null, null, null, null]);
    }
    expect(get('s3').hazards).toEqual({ open: 0, overdue: 0, closed: 0, rectification: { done: 0, of: 0 } });
    expect(rate(get('s3').hazards?.rectification ?? null)).toBeNull();
    expect(rate(null)).toBeNull();
  });

  it('counts accidents by category and place', () => {
    const accident = (category: 'drowning' | 'traffic', place: 'on_campus' | 'off_campus') => ({
      category, place, occurredAt: NOW - 1000, orgPath: '/c/s3/', casualties: { studentsInjured: 0, studentsDead: 0, staffInjured: 0, staffDead: 0 },
    });
    const withAccidents = subtreeFigures({ ...docs, accidents: [accident('drowning', 'off_campus'), accident('traffic', 'off_campus')] }, NOW);
    const c = withAccidents.get('c')?.accidents;
    expect(c?.total).toBe(2);
    expect(c?.byCategory.drowning).toBe(1);
    expect(c?.byPlace).toEqual({ on_campus: 0, off_campus: 2 });
    expect(withAccidents.get('s1')?.accidents?.total).toBe(0);
  });
});

describe('rollUp and addFigures', () => {
  it('absent + present = present; absent + absent = absent', () => {
    const a = emptyFigures();
    const b = { ...emptyFigures(), lessons: { done: 2, of: 5 } };
    expect(addFigures(a, b).lessons).toEqual({ done: 2, of: 5 });
    expect(addFigures(a, a).lessons).toBeNull();
    expect(addFigures(b, b).lessons).toEqual({ done: 4, of: 10 });
  });

  it('leaves deleted units out of their parent', () => {
    const docs = countyFixture();
    const orgs = docs.orgs.map((o) => (o.id === 's3' ? { ...o, deletedAt: NOW } : o));
    const own = new Map([['s3', { ...emptyFigures(), units: { schools: 1, classes: 0, teachers: 0, students: 0 } }]]);
    expect(rollUp(orgs, own).get('c')?.units.schools).toBe(0);
  });
});
