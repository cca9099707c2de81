import { describe, expect, it } from 'vitest';
import { isInWindow, rosterInstant, windowPhase } from '@/domain/activities/window';

const window = { startsAt: 1000, endsAt: 2000 };
const open = { startsAt: 1000, endsAt: 0 };

describe('activity windows', () => {
  it('includes the start and excludes the deadline itself', () => {
    expect([999, 1000, 1999, 2000].map((t) => isInWindow(window, t))).toEqual([false, true, true, false]);
    expect([999, 1000, 9e12].map((t) => isInWindow(open, t))).toEqual([false, true, true]);
  });

  it('moves from upcoming to running to ended', () => {
    expect([500, 1500, 2000].map((t) => windowPhase(window, t))).toEqual(['upcoming', 'running', 'ended']);
    expect(windowPhase(open, 9e12)).toBe('running');
  });

  it('takes the roster at the deadline once it has passed', () => {
    expect(rosterInstant(window, 1500)).toBe(1500);
    expect(rosterInstant(window, 5000)).toBe(2000);
    expect(rosterInstant(open, 5000)).toBe(5000);
  });
});
