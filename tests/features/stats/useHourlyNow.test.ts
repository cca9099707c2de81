import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { dayNumber } from '@/domain/points';
import { useHourlyNow } from '@/features/stats/useHourlyNow';

describe('the time on-device figures are computed for', () => {
  afterEach(() => vi.useRealTimers());

  it('moves on to the new day at Shanghai midnight, and hourly after, and stops with its page', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2026-03-31T23:59:30+08:00'));
    const scope = effectScope();
    const now = scope.run(() => useHourlyNow());
    if (!now) throw new Error('no clock');
    const before = now.value;
    vi.advanceTimersByTime(29_000);
    expect(now.value).toBe(before);
    vi.advanceTimersByTime(1_000);
    expect(dayNumber(now.value)).toBe(dayNumber(before) + 1);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(now.value).toBe(Date.parse('2026-04-01T01:00:00+08:00'));
    scope.stop();
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(now.value).toBe(Date.parse('2026-04-01T01:00:00+08:00'));
  });
});
