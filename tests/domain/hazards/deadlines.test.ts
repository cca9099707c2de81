import { describe, expect, it } from 'vitest';
import { DEADLINE_DAYS, defaultDeadline, endOfChinaDay } from '@/domain/hazards';

const beijing = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

describe('endOfChinaDay', () => {
  it('ends the Beijing calendar day, whatever the UTC date', () => {
    expect(endOfChinaDay(beijing(2025, 3, 3, 10))).toBe(beijing(2025, 3, 4) - 1);
    // 07:30 in Beijing is still the previous day in UTC.
    expect(endOfChinaDay(beijing(2025, 3, 3, 7, 30))).toBe(beijing(2025, 3, 4) - 1);
    expect(endOfChinaDay(beijing(2025, 3, 3, 0))).toBe(beijing(2025, 3, 4) - 1);
    expect(endOfChinaDay(beijing(2025, 3, 4) - 1)).toBe(beijing(2025, 3, 4) - 1);
  });
});

describe('defaultDeadline', () => {
  it('gives 一般 a week and 重大 a month, to the end of that day', () => {
    expect(DEADLINE_DAYS).toEqual({ general: 7, major: 30 });
    expect(defaultDeadline('general', beijing(2025, 3, 3, 23, 50))).toBe(beijing(2025, 3, 11) - 1);
    expect(defaultDeadline('major', beijing(2025, 3, 3, 9))).toBe(beijing(2025, 4, 3) - 1);
  });
});
