import { describe, expect, it } from 'vitest';
import { GRADE_BAND_GRADES, GRADE_BANDS, bandsInclude, gradeBandOf } from '@/domain/lessons/gradeBands';
import { GRADE_CODES } from '@/domain/roster/grades';

describe('grade bands', () => {
  it('puts every grade code in exactly one band, in grade order', () => {
    expect(GRADE_BANDS.flatMap((band) => GRADE_BAND_GRADES[band])).toEqual([...GRADE_CODES]);
  });

  it('finds the band of a grade', () => {
    expect(gradeBandOf('P3')).toBe('lower_primary');
    expect(gradeBandOf('P4')).toBe('upper_primary');
    expect(gradeBandOf('J1')).toBe('junior');
    expect(gradeBandOf('S3')).toBe('senior');
  });

  it('matches grades against a list of bands, empty meaning all', () => {
    expect(bandsInclude(['junior', 'senior'], 'J2')).toBe(true);
    expect(bandsInclude(['junior', 'senior'], 'P6')).toBe(false);
    expect(bandsInclude([], 'P1')).toBe(true);
  });
});
