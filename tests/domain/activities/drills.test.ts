import { describe, expect, it } from 'vitest';
import { monthlyDrillStatus } from '@/domain/activities/drills';
import type { ActivityKind } from '@/domain/schemas/activities';

const at = (iso: string) => Date.parse(iso);
const drill = (iso: string, kind: ActivityKind = 'drill', deletedAt = 0) => ({ kind, happenedAt: at(iso), deletedAt });

describe('monthlyDrillStatus', () => {
  const marchDrill = drill('2025-03-31T23:30:00+08:00');

  it('is met by a drill in the month, counted in Beijing time', () => {
    const after = at('2025-04-15T10:00:00+08:00');
    expect(monthlyDrillStatus([marchDrill], '2025-03', after)).toEqual({ status: 'met', drills: 1 });
    // 23:30 on 31 March in Beijing is 15:30 UTC the same day: still March, not April.
    expect(monthlyDrillStatus([marchDrill], '2025-04', after)).toEqual({ status: 'not_yet_due', drills: 0 });
  });

  it('treats midnight at the start of a month as that month', () => {
    const firstOfApril = drill('2025-04-01T00:00:00+08:00');
    const may = at('2025-05-02T08:00:00+08:00');
    expect(monthlyDrillStatus([firstOfApril], '2025-03', may).status).toBe('missing');
    expect(monthlyDrillStatus([firstOfApril], '2025-04', may).status).toBe('met');
  });

  it('is not yet due until the month has ended, then missing', () => {
    const lastMoment = at('2025-02-28T23:59:59.999+08:00');
    expect(monthlyDrillStatus([], '2025-02', lastMoment)).toEqual({ status: 'not_yet_due', drills: 0 });
    expect(monthlyDrillStatus([], '2025-02', lastMoment + 1)).toEqual({ status: 'missing', drills: 0 });
    expect(monthlyDrillStatus([], '2025-06', lastMoment).status).toBe('not_yet_due');
  });

  it('counts every drill held, but not deleted records, other kinds or drills dated in the future', () => {
    const now = at('2025-09-20T12:00:00+08:00');
    const records = [
      drill('2025-09-03T09:00:00+08:00'),
      drill('2025-09-18T15:00:00+08:00'),
      drill('2025-09-10T09:00:00+08:00', 'drill', at('2025-09-11T00:00:00+08:00')),
      drill('2025-09-05T09:00:00+08:00', 'lesson_session'),
    ];
    expect(monthlyDrillStatus(records, '2025-09', now)).toEqual({ status: 'met', drills: 2 });
    const planned = [drill('2025-09-25T09:00:00+08:00')];
    expect(monthlyDrillStatus(planned, '2025-09', now).status).toBe('not_yet_due');
    expect(monthlyDrillStatus(planned, '2025-09', at('2025-09-26T00:00:00+08:00')).status).toBe('met');
  });
});
