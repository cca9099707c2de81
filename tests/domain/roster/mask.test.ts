import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '@/domain/roster/mask';

describe('maskIdNumber', () => {
  it('keeps the first four and last four characters', () => {
    expect(maskIdNumber('411502201001011234')).toBe('4115**********1234');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
  });

  it('normalises before masking', () => {
    expect(maskIdNumber(' 4115 0220 1001 0112 34 ')).toBe('4115**********1234');
  });

  it('returns an empty string for empty input', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('   ')).toBe('');
  });

  it('always produces 18 characters for long input, so the length leaks nothing', () => {
    expect(maskIdNumber('411502100101123')).toBe('4115**********1123');
    expect(maskIdNumber('4115022010010112345678')).toHaveLength(18);
  });

  it('masks short input completely', () => {
    expect(maskIdNumber('41150220')).toBe('********');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('normalises before masking', () => {
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
  });

  it('returns an empty string for empty input', () => {
    expect(maskPhone('')).toBe('');
  });

  it('fits the 11-character schema field whatever the input', () => {
    expect(maskPhone('037666221234567')).toBe('037****4567');
    expect(maskPhone('1234567')).toBe('*******');
  });
});
