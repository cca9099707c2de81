import { afterEach, describe, expect, it } from 'vitest';
import { checkCharacter, genderFromIdNumber, normalizeIdNumber, validateIdNumber } from '@/domain/roster/idNumber';

/** Build an ID number with a correct check character from its first 17 digits. */
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const TODAY = new Date(2024, 5, 1, 12, 0, 0);

describe('checkCharacter', () => {
  it('computes the GB 11643 check character of the standard examples', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
  });
});

describe('validateIdNumber', () => {
  it('accepts the standard examples and decodes birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
    });
    expect(validateIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      value: '440524188001010014',
      birthDate: '1880-01-01',
      gender: 'M',
    });
  });

  it('normalises lower-case x, spaces and full-width digits', () => {
    const result = validateIdNumber(' 110105 19491231 002x ', TODAY);
    expect(result).toMatchObject({ ok: true, value: '11010519491231002X' });
    const fullWidth = validateIdNumber('４４０５２４１８８００１０１００１４', TODAY);
    expect(fullWidth).toMatchObject({ ok: true, value: '440524188001010014' });
  });

  it('drops invisible characters pasted from web pages', () => {
    expect(validateIdNumber('\u200e440524188001010014\u200f', TODAY)).toMatchObject({ ok: true });
  });

  it('requires a value', () => {
    expect(validateIdNumber('', TODAY)).toMatchObject({ ok: false, code: 'id.required' });
    expect(validateIdNumber(null, TODAY)).toMatchObject({ ok: false, code: 'id.required' });
    expect(validateIdNumber('   ', TODAY)).toMatchObject({ ok: false, code: 'id.required' });
  });

  it('rejects the wrong length, including old 15-digit numbers', () => {
    expect(validateIdNumber('44052418800101001', TODAY)).toMatchObject({ ok: false, code: 'id.length' });
    expect(validateIdNumber('4405241880010100144', TODAY)).toMatchObject({ ok: false, code: 'id.length' });
    expect(validateIdNumber('440524800101001', TODAY)).toMatchObject({ ok: false, code: 'id.length' });
  });

  it('rejects letters anywhere but a final X', () => {
    expect(validateIdNumber('4405241880010100A4', TODAY)).toMatchObject({ ok: false, code: 'id.format' });
    expect(validateIdNumber('44052418800101001Y', TODAY)).toMatchObject({ ok: false, code: 'id.format' });
    expect(validateIdNumber('X40524188001010014', TODAY)).toMatchObject({ ok: false, code: 'id.format' });
  });

  it('rejects unknown province codes and a missing county part', () => {
    expect(validateIdNumber(withCheck('99052420100101001'), TODAY)).toMatchObject({ ok: false, code: 'id.region' });
    expect(validateIdNumber(withCheck('00052420100101001'), TODAY)).toMatchObject({ ok: false, code: 'id.region' });
    expect(validateIdNumber(withCheck('41000020100101001'), TODAY)).toMatchObject({ ok: false, code: 'id.region' });
    expect(validateIdNumber(withCheck('81000020100101001'), TODAY)).toMatchObject({ ok: false, code: 'id.region' });
    expect(validateIdNumber(withCheck('81000120100101001'), TODAY)).toMatchObject({ ok: true });
  });

  it('rejects dates that do not exist', () => {
    expect(validateIdNumber(withCheck('41150220230230001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150220231301001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150220230000001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150220230229001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150220240229001'), TODAY)).toMatchObject({ ok: true, birthDate: '2024-02-29' });
  });

  it('rejects dates in the future and before 1800', () => {
    expect(validateIdNumber(withCheck('41150220240602001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150230000101001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150217991231001'), TODAY)).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber(withCheck('41150220240601001'), TODAY)).toMatchObject({ ok: true });
  });

  describe('in a time zone ahead of UTC', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('accepts a person born earlier today', () => {
      process.env.TZ = 'Asia/Shanghai';
      const earlyMorning = new Date(2024, 5, 1, 2, 0, 0);
      expect(earlyMorning.toISOString()).toBe('2024-05-31T18:00:00.000Z');
      expect(validateIdNumber(withCheck('41150220240601001'), earlyMorning)).toMatchObject({ ok: true });
      expect(validateIdNumber(withCheck('41150220240602001'), earlyMorning)).toMatchObject({ ok: false, code: 'id.birthDate' });
    });
  });

  it('rejects a wrong check character', () => {
    expect(validateIdNumber('110105194912310021', TODAY)).toMatchObject({ ok: false, code: 'id.checksum' });
    expect(validateIdNumber('44052418800101001X', TODAY)).toMatchObject({ ok: false, code: 'id.checksum' });
    // Two swapped digits are caught as well.
    expect(validateIdNumber('440524188010010014', TODAY)).toMatchObject({ ok: false, code: 'id.checksum' });
  });

  it('decodes gender from the parity of the 17th digit', () => {
    expect(validateIdNumber(withCheck('41150220100101003'), TODAY)).toMatchObject({ ok: true, gender: 'M' });
    expect(validateIdNumber(withCheck('41150220100101004'), TODAY)).toMatchObject({ ok: true, gender: 'F' });
  });

  it('uses the current date by default', () => {
    expect(validateIdNumber(withCheck('41150230000101001'))).toMatchObject({ ok: false, code: 'id.birthDate' });
    expect(validateIdNumber('440524188001010014')).toMatchObject({ ok: true });
  });
});

describe('normalizeIdNumber', () => {
  it('folds, compacts and upper-cases', () => {
    expect(normalizeIdNumber('１１０１０５ １９４９１２３１ ００２ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber(undefined)).toBe('');
  });
});

describe('genderFromIdNumber', () => {
  it('reads the 17th digit of an 18-character number', () => {
    expect(genderFromIdNumber('11010519491231002X')).toBe('F');
    expect(genderFromIdNumber('440524188001010014')).toBe('M');
  });

  it('returns null for numbers of another length', () => {
    expect(genderFromIdNumber('4405241880010100')).toBeNull();
    expect(genderFromIdNumber('')).toBeNull();
  });
});
