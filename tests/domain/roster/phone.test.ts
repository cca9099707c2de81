import { describe, expect, it } from 'vitest';
import { normalizePhone, validatePhone } from '@/domain/roster/phone';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['(+86)13812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    [13812345678, '13812345678'],
    [null, ''],
  ])('%j → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it('keeps a number that only looks like it has a country code', () => {
    // 12 digits starting 86: not +86 and a mobile number, so it is left as typed.
    expect(normalizePhone('861381234567')).toBe('861381234567');
  });
});

describe('validatePhone', () => {
  it('accepts mainland mobile numbers 13x–19x', () => {
    for (const prefix of ['13', '14', '15', '16', '17', '18', '19']) {
      expect(validatePhone(`${prefix}912345678`)).toEqual({ ok: true, value: `${prefix}912345678` });
    }
    expect(validatePhone('+86 199 1234 5678')).toEqual({ ok: true, value: '19912345678' });
  });

  it('requires a value', () => {
    expect(validatePhone('')).toEqual({ ok: false, value: '', code: 'phone.required' });
    expect(validatePhone(' - ')).toEqual({ ok: false, value: '', code: 'phone.required' });
  });

  it.each(['12812345678', '10812345678', '1381234567', '138123456789', '0376-6221234', '1381234567a', '23812345678', '+1 13812345678'])(
    'rejects %s',
    (raw) => {
      expect(validatePhone(raw)).toMatchObject({ ok: false, code: 'phone.invalid' });
    },
  );
});
