import { describe, expect, it } from 'vitest';
import { isMonthKey, monthKeyOf, monthRange } from '@/domain/activities/shanghaiTime';

const at = (iso: string) => Date.parse(iso);

describe('Asia/Shanghai months', () => {
  it('puts an instant in its Beijing-time month, whatever UTC says', () => {
    expect(monthKeyOf(at('2025-03-31T23:59:59.999+08:00'))).toBe('2025-03');
    expect(monthKeyOf(at('2025-04-01T00:00:00+08:00'))).toBe('2025-04');
    // 16:30 UTC on 31 March is already April in Beijing.
    expect(monthKeyOf(at('2025-03-31T16:30:00Z'))).toBe('2025-04');
    expect(monthKeyOf(at('2024-12-31T16:00:00Z'))).toBe('2025-01');
  });

  it('gives [start, end) of a month, across years and leap February', () => {
    expect(monthRange('2024-02')).toEqual({ start: at('2024-02-01T00:00:00+08:00'), end: at('2024-03-01T00:00:00+08:00') });
    expect(monthRange('2025-12')).toEqual({ start: at('2025-12-01T00:00:00+08:00'), end: at('2026-01-01T00:00:00+08:00') });
    const { start, end } = monthRange('2025-07');
    expect([monthKeyOf(start), monthKeyOf(end - 1), monthKeyOf(end)]).toEqual(['2025-07', '2025-07', '2025-08']);
  });

  it('accepts only YYYY-MM keys', () => {
    expect(isMonthKey('2025-07')).toBe(true);
    for (const bad of ['2025-7', '2025-13', '2025-00', '202507', '2025-07-01']) {
      expect(isMonthKey(bad), bad).toBe(false);
      expect(() => monthRange(bad)).toThrow(RangeError);
    }
  });
});
