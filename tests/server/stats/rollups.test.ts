/**
 * Issue 14.4 — the server's statistics rollups equal a full recount after a
 * random series of pushes, deletions and moves, and equal what a device
 * computes from the documents it replicates (the same domain functions on
 * the same data). Dates are chosen so no figure depends on the clock
 * (drills in 2020, hazard deadlines in 2100, no running tasks, accidents
 * in the past).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgDoc, PersonDoc, StatsDoc } from '@/domain/schemas';
import { readScoped } from '../../../sync-server/src/stats/readScoped';
import { accident, act, activity, by, hazard, org, PATHS, person, userId, type Wire } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';
import { COUNTED, DRILL, figuresFrom, type Docs } from './recount';

const IN_2020 = Date.parse('2020-05-10T10:00:00+08:00');
const IN_2100 = Date.parse('2100-01-01T00:00:00+08:00');
const FIRST_ROLLS = [0.8, 0.1, 0.1, 0.6, 0.4, 0.8, 0.9, 0.95, 0.99];

/** A small deterministic generator (mulberry32), so a failing series can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(STORAGE_KINDS)('statistics rollups (%s)', (kind) => {
  let h: Harness;
  let town: string;
  let county: string;
  type TestClass = { id: string; schoolId: string; path: string; grade: 'P1' | 'P2'; className: string };
  const classes: TestClass[] = [
    { id: 'cls-a1', schoolId: 'sch-a', path: PATHS.classA, grade: 'P1' as const, className: '一班' },
    { id: 'cls-b1', schoolId: 'sch-b', path: PATHS.classB, grade: 'P1' as const, className: '一班' },
    { id: 'cls-a2', schoolId: 'sch-a', path: `${PATHS.schoolA}cls-a2/`, grade: 'P2' as const, className: '一班' },
  ];

  beforeAll(async () => {
    h = await createHarness(kind);
    town = await h.login('town1');
    county = await h.login('county1');
    const a2 = by('schoola', { ...org('cls-a2', 'class', classes[2]?.path ?? '', 'sch-a', '二年级一班'), classInfo: { grade: 'P2' as const, className: '一班' } });
    const answer = await h.push('orgs', [row(a2)], await h.login('schoola'));
    expect(answer.refused).toEqual([]);
  });
  afterAll(async () => h?.close());

  it('equals a full recount after a random series of pushes, deletions and moves', async () => {
    const next = random(kind === 'sqlite' ? 14 : 41);
    const pick = <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('nothing to pick');
      return item;
    };
    const live = async () =>
      // Students of open classes (a closed class's students can no longer be edited).
      (await h.pullAll('people', town)).filter(
        (p) => !p._deleted && p.deletedAt === 0 && p.kind === 'student' && classes.some((c) => c.id === p.classId),
      ) as unknown as Wire<PersonDoc>[];
    let added = 0;
    const steps: string[] = [];
    for (let step = 0; step < 60; step++) {
      // The first steps do each kind of change once (school, add, add, move, delete, close, drill, hazard, accident), then at random.
      const roll = step < FIRST_ROLLS.length ? (FIRST_ROLLS[step] ?? 0) : next();
      if (roll < 0.35) {
        const klass = pick(classes);
        const doc = {
          ...person(`s-r${added++}`, 'student', klass.path, klass.schoolId, klass.id), grade: klass.grade, className: klass.className,
          enteredBy: userId('town1'), review: { status: 'draft' as const, reason: '', by: userId('town1'), at: Date.now() },
        };
        expect((await h.push('people', [row(by('town1', doc))], town)).refused).toEqual([]);
        steps.push(`add ${doc.id} → ${klass.id}`);
      } else if (roll < 0.5) {
        const students = await live();
        if (!students.length) continue;
        const stored = pick(students);
        const gone = by('town1', { ...stored, deletedAt: Date.now() }, stored);
        expect((await h.push('people', [row(gone, stored)], town)).refused).toEqual([]);
        steps.push(`delete ${stored.id}`);
      } else if (roll < 0.75) {
        const students = await live();
        if (!students.length) continue;
        const stored = pick(students);
        const others = classes.filter((c) => c.id !== stored.classId);
        if (!others.length) continue;
        const klass = pick(others);
        const moved = by('town1', {
          ...stored, schoolId: klass.schoolId, classId: klass.id, grade: klass.grade, className: klass.className, orgPath: klass.path,
          // A reviewed record whose class changes goes back to 录入 (the server requires it).
          review: { status: 'draft' as const, reason: '', by: userId('town1'), at: Date.now() },
        }, stored);
        expect((await h.push('people', [row(moved, stored)], town)).refused).toEqual([]);
        steps.push(`move ${stored.id} → ${klass.id}`);
      } else if (roll < 0.86) {
        // The tree changes too: a new school with a class, or a class closed (its students drop out of the counts).
        if (step < FIRST_ROLLS.length ? step === 0 : next() < 0.5) {
          const school = by('town1', org(`sch-n${step}`, 'school', `${PATHS.township}sch-n${step}/`, '411502001'));
          const klass = by('town1', org(`cls-n${step}`, 'class', `${school.orgPath}cls-n${step}/`, school.id));
          expect((await h.push('orgs', [row(school), row(klass)], town)).refused).toEqual([]);
          classes.push({ id: klass.id, schoolId: school.id, path: klass.orgPath, grade: 'P1', className: '一班' });
          steps.push(`school ${school.id}`);
        } else if (classes.length > 1) {
          const closing = pick(classes);
          const stored = (await h.pullAll('orgs', town)).find((o) => o.id === closing.id) as unknown as Wire<OrgDoc>;
          expect((await h.push('orgs', [row(by('town1', { ...stored, deletedAt: Date.now() }, stored), stored)], town)).refused).toEqual([]);
          classes.splice(classes.indexOf(closing), 1);
          steps.push(`close ${closing.id}`);
        }
      } else if (roll < 0.93) {
        const school = pick([{ id: 'sch-a', path: PATHS.schoolA }, { id: 'sch-b', path: PATHS.schoolB }]);
        const drill = { ...activity(`drill-${step}`, school.path, 'lesson_session', school.id), kind: 'drill' as const, refId: '', happenedAt: IN_2020, data: DRILL };
        expect((await h.push('activities', [row(by('town1', drill))], town)).refused).toEqual([]);
        steps.push(`drill ${school.id}`);
      } else if (roll < 0.97) {
        const school = pick([{ id: 'sch-a', path: PATHS.schoolA }, { id: 'sch-b', path: PATHS.schoolB }]);
        // Registered by the township; half of them rectified by it and closed by the county (the lifecycle's own rule).
        const fresh = hazard(`hz-${step}`, school.path, school.id);
        // Never overdue while the test runs: the recount and the rollups are taken at different times.
        const registered = by('town1', { ...fresh, deadline: IN_2100, steps: fresh.steps.map((s) => ({ ...s, deadline: IN_2100 })) });
        expect((await h.push('hazards', [row(registered)], town)).refused).toEqual([]);
        let doc = registered;
        if (next() < 0.5) {
          const at = Date.now();
          const submitted = act('town1', act('town1', registered, { kind: 'start', at }), { kind: 'submit', at: at + 1, note: '已整改' });
          expect((await h.push('hazards', [row(submitted, registered)], town)).refused).toEqual([]);
          doc = act('county1', submitted, { kind: 'close', at: at + 2, note: '复查合格' });
          expect((await h.push('hazards', [row(doc, submitted)], county)).refused).toEqual([]);
        }
        steps.push(`hazard ${school.id} ${doc.status}`);
      } else {
        // 事故登记: counted by category and place (an entry is never deleted; the date is in the past).
        const school = pick([{ id: 'sch-a', path: PATHS.schoolA }, { id: 'sch-b', path: PATHS.schoolB }]);
        const place = next() < 0.5 ? 'on_campus' : 'off_campus';
        const entry = by('town1', { ...accident(`acc-${step}`, school.path, school.id), category: pick(['drowning', 'traffic', 'campus_injury'] as const), place } as const);
        expect((await h.push('accidents', [row(entry)], town)).refused).toEqual([]);
        steps.push(`accident ${school.id} ${entry.category} ${place}`);
      }
    }
    const all: Docs = {};
    for (const c of COUNTED) all[c] = await readScoped(h.storage, c, { prefixes: ['/'] });
    const recount = figuresFrom(all, Date.now());
    const units = (all.orgs as unknown as OrgDoc[]).filter((o) => o.deletedAt === 0);
    // On PostgreSQL a commit reaches the hub (and the rollups) through the relay, after the push has answered:
    // wait until the last change has been taken in, then compare every unit.
    const differences = async () => {
      await h.app.statsRollups.idle();
      const stats = (await readScoped(h.storage, 'stats', { prefixes: ['/'] })) as unknown as StatsDoc[];
      const ids = stats.map((s) => s.unitId).sort();
      const wrong = stats.filter((doc) => JSON.stringify(doc.figures) !== JSON.stringify(recount.get(doc.unitId))).map((doc) => doc.unitId);
      return { missing: units.map((u) => u.id).filter((id) => !ids.includes(id)), extra: ids.filter((id) => !units.some((u) => u.id === id)), wrong };
    };
    await expect.poll(differences, { timeout: 15_000, message: steps.join('\n') }).toEqual({ missing: [], extra: [], wrong: [] });
    for (const doc of (await readScoped(h.storage, 'stats', { prefixes: ['/'] })) as unknown as StatsDoc[]) {
      expect(doc.figures, doc.unitId).toEqual(recount.get(doc.unitId));
    }
    expect(h.app.statsRollups.failed).toBe(0);
    // The series did each kind of change, and left students to count.
    for (const kind of ['add', 'delete', 'move', 'school', 'close', 'drill', 'hazard', 'accident']) {
      expect(steps.some((s) => s.startsWith(`${kind} `)), `${kind} in:\n${steps.join('\n')}`).toBe(true);
    }
    expect(recount.get('41')?.units.students).toBeGreaterThan(0);
    expect(recount.get('41')?.accidents?.total).toBeGreaterThan(0);
  });

  it('gives a county administrator the same figures its device computes from what it replicates', async () => {
    const county = await h.login('county1');
    const docs: Docs = {};
    for (const c of COUNTED) docs[c] = (await h.pullAll(c, county)).filter((d) => !d._deleted);
    const device = figuresFrom(docs, Date.now());
    const replicated = (await h.pullAll('stats', county)).filter((d) => !d._deleted) as unknown as StatsDoc[];
    const units = (docs.orgs as unknown as OrgDoc[]).filter((o) => o.deletedAt === 0 && o.orgPath.startsWith(PATHS.county)).map((o) => o.id);
    expect(replicated.map((d) => d.unitId).sort()).toEqual(units.sort());
    for (const doc of replicated) expect(doc.figures, doc.unitId).toEqual(device.get(doc.unitId));
  });

  it('never lets a device write statistics, and keeps them from teachers and safety leaders', async () => {
    const county = await h.login('county1');
    const stored = (await h.pullAll('stats', county)).find((d) => d.id === 'st-411502');
    if (!stored) throw new Error('no county statistics');
    const forged = by('county1', { ...stored, figures: {} } as never, stored as never) as Record<string, unknown>;
    const answer = await h.push('stats', [row(forged, stored)], county);
    expect(answer).toMatchObject({ status: 403, body: { code: 'forbidden_collection' } });
    for (const user of ['teachera', 'safetya']) await expect(h.pullAll('stats', await h.login(user))).rejects.toThrow(/403/);
  });
});
