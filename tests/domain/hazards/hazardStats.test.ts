import { describe, expect, it } from 'vitest';
import { countHazards, isOverdue, isSupervisedOpen, rectificationRate, wasClosedLate, type HazardState } from '@/domain/hazards';
import { DAY, T0 } from './fixtures';

type Row = Pick<HazardState, 'status' | 'deadline' | 'level' | 'category' | 'supervised' | 'closedAt' | 'foundAt'>;

function row(overrides: Partial<Row> = {}): Row {
  return {
    status: 'rectifying',
    deadline: T0 + 7 * DAY,
    level: 'general',
    category: 'fire',
    supervised: false,
    closedAt: 0,
    foundAt: T0,
    ...overrides,
  };
}

describe('isOverdue', () => {
  it('is an open hazard past its deadline, awaiting re-check included, never a closed one', () => {
    const deadline = T0 + 7 * DAY;
    expect(isOverdue(row(), deadline)).toBe(false);
    expect(isOverdue(row(), deadline + 1)).toBe(true);
    expect(isOverdue(row({ status: 'checking' }), deadline + 1)).toBe(true);
    expect(isOverdue(row({ status: 'registered' }), deadline + 1)).toBe(true);
    expect(isOverdue(row({ status: 'closed', closedAt: deadline + DAY }), deadline + 2 * DAY)).toBe(false);
  });
});

describe('wasClosedLate and isSupervisedOpen', () => {
  it('tell a late closure and an open 挂牌督办 hazard', () => {
    expect(wasClosedLate(row({ status: 'closed', closedAt: T0 + 8 * DAY }))).toBe(true);
    expect(wasClosedLate(row({ status: 'closed', closedAt: T0 + DAY }))).toBe(false);
    expect(isSupervisedOpen(row({ supervised: true }))).toBe(true);
    expect(isSupervisedOpen(row({ supervised: true, status: 'closed', closedAt: T0 }))).toBe(false);
  });
});

describe('countHazards', () => {
  it('counts by level, category, status and overdue, with every bucket present', () => {
    const now = T0 + 10 * DAY;
    const counts = countHazards(
      [
        row({ level: 'major', category: 'nearby_waters', supervised: true }),
        row({ status: 'checking', deadline: T0 + 30 * DAY }),
        row({ status: 'closed', closedAt: T0 + 9 * DAY, category: 'building' }),
        row({ status: 'closed', closedAt: T0 + DAY }),
        row({ status: 'registered', level: 'major' }),
      ],
      now,
    );
    expect(counts).toMatchObject({ total: 5, open: 3, closed: 2, overdue: 2, closedLate: 1, supervisedOpen: 1 });
    expect(counts.byLevel).toEqual({ general: 3, major: 2 });
    expect(counts.overdueByLevel).toEqual({ general: 0, major: 2 });
    expect(counts.byStatus).toEqual({ registered: 1, rectifying: 1, checking: 1, closed: 2 });
    expect(counts.byCategory).toMatchObject({ fire: 3, nearby_waters: 1, building: 1, school_bus: 0, other: 0 });
    expect(Object.keys(counts.byCategory)).toHaveLength(12);
  });

  it('counts nothing in an empty list', () => {
    expect(countHazards([], T0)).toMatchObject({ total: 0, open: 0, overdue: 0, byLevel: { general: 0, major: 0 } });
  });
});

describe('rectificationRate', () => {
  const march = { from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 3, 1) };
  const inMarch = Date.UTC(2025, 2, 10);
  const inApril = Date.UTC(2025, 3, 10);

  it('is closed within the period over found within it', () => {
    const hazards = [
      row({ foundAt: inMarch, status: 'closed', closedAt: inMarch + DAY }),
      row({ foundAt: inMarch, status: 'closed', closedAt: inApril }), // closed after the period
      row({ foundAt: inMarch }),
      row({ foundAt: inMarch, status: 'checking' }),
      row({ foundAt: inApril, status: 'closed', closedAt: inApril }), // found after the period
      row({ foundAt: march.from - 1, status: 'closed', closedAt: inMarch }), // found before it
    ];
    expect(rectificationRate(hazards, march)).toEqual({ found: 4, closed: 1, rate: 0.25 });
    expect(rectificationRate(hazards, { from: march.from, to: Date.UTC(2025, 4, 1) })).toEqual({ found: 5, closed: 3, rate: 0.6 });
  });

  it('has no rate when nothing was found', () => {
    expect(rectificationRate([row({ foundAt: inApril })], march)).toEqual({ found: 0, closed: 0, rate: null });
  });
});
