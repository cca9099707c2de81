/**
 * Issue 14.3 — figures that change with time alone are refreshed by the
 * server's clock tick, without waiting for the school's next change: a
 * hazard becoming overdue, a notice's window ending, a new month for the
 * drill rule. The clock is injected; after each tick the school's, the
 * township's and the county's rollups equal a full recount at that time,
 * and a tick with nothing due rewrites nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentDoc, StatsDoc } from '@/domain/schemas';
import { readScoped } from '../../../sync-server/src/stats/readScoped';
import { activity, base, by, hazard, PATHS, person, userId } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';
import { DRILL, recountAll } from './recount';

const T0 = Date.parse('2026-03-30T10:00:00+08:00');
const HOUR = 3_600_000;

describe.each(STORAGE_KINDS)('statistics on the clock (%s)', (kind) => {
  let h: Harness;
  let now = T0;
  const stats = async () => new Map(((await readScoped(h.storage, 'stats', { prefixes: ['/'] })) as unknown as StatsDoc[]).map((d) => [d.unitId, d]));
  /** The rollups of the school and the units above it, against a full recount at the injected time. */
  const expectCurrent = async () => {
    const { figures } = await recountAll(h.storage, now);
    const stored = await stats();
    for (const id of ['sch-a', '411502001', '411502']) expect(stored.get(id)?.figures, id).toEqual(figures.get(id));
    return stored.get('sch-a')?.figures;
  };

  beforeAll(async () => {
    h = await createHarness(kind, {}, { clock: () => now });
    const town = await h.login('town1');
    const student = by('town1', {
      ...person('s-clock', 'student', PATHS.classA, 'sch-a', 'cls-a1'),
      enteredBy: userId('town1'), review: { status: 'draft' as const, reason: '', by: userId('town1'), at: T0 },
    });
    const fresh = hazard('hz-clock', PATHS.schoolA, 'sch-a');
    const dueSoon = by('town1', { ...fresh, deadline: T0 + HOUR, steps: fresh.steps.map((s) => ({ ...s, deadline: T0 + HOUR })) });
    const drill = { ...activity('drill-clock', PATHS.schoolA, 'lesson_session', 'sch-a'), kind: 'drill' as const, refId: '', happenedAt: T0 - 24 * HOUR, data: DRILL };
    const notice: ContentDoc & { _deleted: boolean } = {
      ...base('notice-clock', PATHS.township), kind: 'notice', title: '假期安全告家长书', topic: '', status: 'published',
      startsAt: T0 - 24 * HOUR, endsAt: T0 + 2 * HOUR, body: { message: '请家长做好假期看护。' }, deletedAt: 0, _deleted: false,
    };
    for (const [collection, doc] of [['people', student], ['hazards', dueSoon], ['activities', by('town1', drill)], ['content', by('town1', notice)]] as const) {
      expect((await h.push(collection, [row(doc)], town)).refused, collection).toEqual([]);
    }
    // A first tick: the later ones start from a settled state.
    await h.app.statsOwner.tick();
  });
  afterAll(async () => h?.close());

  it('starts current: nothing overdue, the notice running, this month’s drill held', async () => {
    const figures = await expectCurrent();
    expect(figures?.hazards?.overdue).toBe(0);
    expect(figures?.acknowledgements?.of).toBeGreaterThan(0);
    expect(figures?.drills).toMatchObject({ thisMonthMet: 1, lastMonthMet: 0 });
  });

  it('rewrites nothing on a tick with nothing due', async () => {
    const runs = h.app.statsRollups.runs;
    const asOf = (await stats()).get('sch-a')?.asOf;
    now = T0 + HOUR / 2;
    await h.app.statsOwner.tick();
    expect(h.app.statsRollups.runs).toBe(runs);
    expect((await stats()).get('sch-a')?.asOf).toBe(asOf);
  });

  it('counts the hazard overdue once its deadline has passed, up to the county', async () => {
    now = T0 + HOUR + 1_000;
    await h.app.statsOwner.tick();
    expect((await expectCurrent())?.hazards?.overdue).toBe(1);
    expect((await stats()).get('411502')?.figures.hazards?.overdue).toBe(1);
  });

  it('stops counting the notice once its window has ended', async () => {
    now = T0 + 3 * HOUR;
    await h.app.statsOwner.tick();
    expect((await expectCurrent())?.acknowledgements).toBeNull();
  });

  it('applies the drill rule to the month just ended when a new month begins', async () => {
    now = Date.parse('2026-04-01T00:00:05+08:00');
    await h.app.statsOwner.tick();
    expect((await expectCurrent())?.drills).toMatchObject({ thisMonthMet: 0, lastMonthMet: 1, lastMonthMissing: 0 });
    expect(h.app.statsRollups.failed).toBe(0);
  });
});
