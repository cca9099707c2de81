/**
 * Issue 14.3 — sign-ins score points: the server records one sign-in day
 * per account and Shanghai day (at sign-in and whenever a session is used,
 * by its own clock and for the token's account), the school's statistics
 * document carries its staff's points and sign-in days, and the rankings a
 * county reads from the rollups equal those a township computes on its
 * device. The streak rule: 1 point a day, 2 a day after 7 consecutive days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsDoc } from '@/domain/schemas';
import { rankSchoolsAndTeachers, runsToDays, schoolPoints, dayNumber, type PointsAccount } from '@/domain/points';
import { userId } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

/** 09:00 Shanghai time on 2 March 2026 plus `days`. */
const dayAt = (days: number, hour = 9) => Date.parse('2026-03-02T00:00:00+08:00') + days * 86_400_000 + hour * 3_600_000;

describe.each(STORAGE_KINDS)('sign-in points (%s)', (kind) => {
  let h: Harness;
  let now = dayAt(0);
  beforeAll(async () => {
    h = await createHarness(kind, {}, { clock: () => now });
  });
  afterAll(async () => h?.close());

  const schoolDoc = async (token: string, id: string) =>
    (await h.pullAll('stats', token)).find((d) => d.id === `st-${id}` && !d._deleted) as unknown as StatsDoc | undefined;
  /** What a user's pull of statistics answers: 403, or the documents it gives. */
  const statsFor = async (token: string) => {
    const res = await h.get('/api/sync/stats/pull?limit=1000', token);
    return res.statusCode === 200 ? (res.json() as { documents: { id: string }[] }).documents.map((d) => d.id) : res.statusCode;
  };

  it('ranks a teacher signed in on 9 consecutive days with 7 × 1 + 2 × 2 points, on the server and on the device alike', async () => {
    // teachera: 9 consecutive days, signing in twice on the first (one day, one point);
    // teacherb: a sign-in, then using the same session two days later (a gap restarts nothing here: 1 + 1).
    let sessionB = '';
    for (let day = 0; day < 9; day++) {
      now = dayAt(day);
      await h.login('teachera');
      if (day === 0) {
        await h.login('teachera');
        sessionB = await h.login('teacherb');
        // A student's sign-in earns nothing and is not recorded.
        await h.login('studenta1');
      }
      if (day === 2) expect((await h.get('/api/auth/me', sessionB)).statusCode).toBe(200);
    }
    await h.app.authService.drain();
    await h.app.statsOwner.tick();

    const county = await h.login('county1');
    const docA = await schoolDoc(county, 'sch-a');
    const docB = await schoolDoc(county, 'sch-b');
    expect(runsToDays(docA?.points?.signIns[userId('teachera')] ?? [])).toEqual([...Array(9).keys()].map((d) => dayNumber(dayAt(d))));
    expect(runsToDays(docB?.points?.signIns[userId('teacherb')] ?? [])).toEqual([dayNumber(dayAt(0)), dayNumber(dayAt(2))]);
    expect(Object.keys(docA?.points?.signIns ?? {})).toEqual([userId('teachera')]);
    expect(await h.storage.statsTables.signInDays([userId('studenta1'), userId('county1')])).toEqual(new Map());

    // The county's rankings, from the rollups it replicates.
    const stats = (await h.pullAll('stats', county)).filter((d) => !d._deleted) as unknown as StatsDoc[];
    const fromRollups = rankSchoolsAndTeachers(stats.filter((d) => d.points).map((d) => ({ schoolId: d.unitId, staff: d.points?.staff ?? [] })));
    expect(fromRollups.teachers.map((t) => [t.accountId, t.total])).toEqual([
      [userId('teachera'), 11],
      [userId('teacherb'), 2],
    ]);
    // School totals include every staff member's sign-ins: the county administrator signing in scores for no school.
    const total = (id: string) => fromRollups.schools.find((s) => s.unitId === id)?.total;
    expect(total('sch-a')).toBe(11);
    expect(total('sch-b')).toBe(2);

    // The township computes the same on its device: its records, plus the sign-in days of the schools' documents.
    const town = await h.login('town1');
    const pulled = async (c: string) => (await h.pullAll(c, town)).filter((d) => !d._deleted) as never[];
    const accounts = await pulled('accounts');
    const [content, activities, hazards, inspections] = [await pulled('content'), await pulled('activities'), await pulled('hazards'), await pulled('inspections')];
    const townStats = await pulled('stats');
    const device = rankSchoolsAndTeachers(
      (townStats as unknown as StatsDoc[]).filter((d) => d.unitKind === 'school').map((d) => ({
        schoolId: d.unitId,
        staff: schoolPoints({
          schoolPath: d.orgPath, accounts: accounts as PointsAccount[], content, activities, hazards, inspections, signIns: d.points?.signIns ?? {},
        }),
      })),
    );
    expect(device.teachers).toEqual(fromRollups.teachers);
    expect(device.schools).toEqual(fromRollups.schools.filter((s) => s.unitId.startsWith('sch-')));
  });

  it('keeps sign-in days within the school’s administrators: no other school, teacher or safety leader reads them, and no device writes them', async () => {
    expect(await statsFor(await h.login('schoolb'))).not.toContain('st-sch-a');
    for (const user of ['teachera', 'safetya']) expect(await statsFor(await h.login(user)), user).toBe(403);
    expect(await schoolDoc(await h.login('schoola'), 'sch-a')).toBeDefined();
    // A school administrator forging its own document with a long streak is refused.
    const schoola = await h.login('schoola');
    const stored = await schoolDoc(schoola, 'sch-a');
    const forged = { ...stored, points: { staff: [], signIns: { [userId('schoola')]: [dayNumber(now) - 100, 100] } }, _deleted: false };
    const answer = await h.push('stats', [row(forged, { ...stored, _deleted: false })], schoola);
    expect(answer).toMatchObject({ status: 403, body: { code: 'forbidden_collection' } });
    expect((await schoolDoc(schoola, 'sch-a'))?.points?.signIns[userId('schoola')]).not.toEqual([dayNumber(now) - 100, 100]);
  });

  it('counts the sign-in of a new day when the session is used, without a new sign-in (token renewal)', async () => {
    now = dayAt(20);
    const token = await h.login('schoolb');
    now = dayAt(21, 23);
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(200);
    await h.app.authService.drain();
    await h.app.statsOwner.tick();
    const doc = await schoolDoc(await h.login('county1'), 'sch-b');
    // (schoolb also signed in on day 8, in the test before.)
    expect(runsToDays(doc?.points?.signIns[userId('schoolb')] ?? [])).toEqual([dayNumber(dayAt(8)), dayNumber(dayAt(20)), dayNumber(dayAt(21))]);
  });
});
