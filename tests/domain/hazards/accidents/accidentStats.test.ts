import { describe, expect, it } from 'vitest';
import { countAccidents, type AccidentRecord } from '@/domain/hazards';
import { DAY, T0 } from '../fixtures';

type Row = Pick<AccidentRecord, 'category' | 'place' | 'occurredAt' | 'casualties'>;

const row = (category: Row['category'], place: Row['place'], occurredAt = T0, injured = 0, dead = 0): Row => ({
  category,
  place,
  occurredAt,
  casualties: { studentsInjured: injured, studentsDead: dead, staffInjured: 0, staffDead: 0 },
});

describe('countAccidents', () => {
  const rows = [
    row('drowning', 'off_campus', T0, 0, 1),
    row('drowning', 'off_campus', T0 + DAY, 1, 0),
    row('campus_injury', 'on_campus', T0, 2),
    row('traffic', 'off_campus', T0 + 40 * DAY, 1),
  ];

  it('counts by category, place and both, and adds up casualties', () => {
    const counts = countAccidents(rows);
    expect(counts.total).toBe(4);
    expect(counts.byCategory).toEqual({
      drowning: 2, traffic: 1, stampede: 0, poisoning: 0, campus_injury: 1, natural_disaster: 0, other: 0,
    });
    expect(counts.byPlace).toEqual({ on_campus: 1, off_campus: 3 });
    expect(counts.byCategoryAndPlace.drowning).toEqual({ on_campus: 0, off_campus: 2 });
    expect(counts.byCategoryAndPlace.campus_injury).toEqual({ on_campus: 1, off_campus: 0 });
    expect(counts.casualties).toEqual({ studentsInjured: 4, studentsDead: 1, staffInjured: 0, staffDead: 0 });
  });

  it('counts only a period [from, to) when given one', () => {
    const counts = countAccidents(rows, { from: T0, to: T0 + DAY });
    expect(counts.total).toBe(2);
    expect(counts.byCategory.drowning).toBe(1);
    expect(counts.casualties.studentsInjured).toBe(2);
  });
});
