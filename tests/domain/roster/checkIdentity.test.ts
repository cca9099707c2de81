import { describe, expect, it } from 'vitest';
import { checkIdentityAgainstPerson, type IdentityWire } from '@/domain/roster/checkIdentity';
import type { PersonWire } from '@/domain/roster/checkPersonDoc';
import { checkCharacter } from '@/domain/roster/idNumber';

const TODAY = new Date(2024, 8, 1);
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const FEMALE_ID = withCheck('41150220150620002');
const MALE_ID = '411502201503121233'; // issue 9.1's number: 17th digit odd

const person = { id: 'per-1', gender: 'F', _deleted: false } as PersonWire;
const identity: IdentityWire = {
  id: 'per-1',
  orgPath: '/41/4115/411502/sch-1/cls-31/',
  createdAt: 1,
  createdBy: 'a',
  modifiedAt: 1,
  modifiedBy: 'a',
  idNumber: FEMALE_ID,
  phone: '13812345678',
  studentNo: 'G41150220150620002X',
  _deleted: false,
};
const codeOf = (i: IdentityWire, p: PersonWire = person) => {
  const result = checkIdentityAgainstPerson(i, p, TODAY);
  return result.ok ? 'ok' : result.code;
};

describe('checkIdentityAgainstPerson', () => {
  it('accepts a valid identity that agrees with the person, and empty optional values', () => {
    expect(checkIdentityAgainstPerson(identity, person, TODAY)).toEqual({ ok: true });
    expect(codeOf({ ...identity, idNumber: '', phone: '', studentNo: '' })).toBe('ok');
  });

  it('refuses an ID number whose gender disagrees with the person', () => {
    expect(checkIdentityAgainstPerson({ ...identity, idNumber: MALE_ID }, person, TODAY)).toEqual({
      ok: false,
      code: 'identity_gender_mismatch',
      reason: '性别与身份证号不符：记录为女，身份证号显示为男',
    });
  });

  it('refuses ID numbers that are not valid GB 11643 numbers in their stored spelling', () => {
    const wrongCheck = FEMALE_ID.slice(0, 17) + (FEMALE_ID.endsWith('0') ? '1' : '0');
    const endsInX = withCheck('41150220160901038'); // even: female, ends in X
    expect(codeOf({ ...identity, idNumber: endsInX })).toBe('ok');
    for (const idNumber of [wrongCheck, endsInX.toLowerCase(), ` ${FEMALE_ID}`, '12345', withCheck('41150220990101002')]) {
      expect(codeOf({ ...identity, idNumber }), idNumber).toBe('identity_id_invalid');
    }
  });

  it('refuses a phone or student number the form would refuse', () => {
    expect(codeOf({ ...identity, phone: '1234567' })).toBe('identity_phone_invalid');
    expect(codeOf({ ...identity, phone: '+86 13812345678' })).toBe('identity_phone_invalid'); // not the stored spelling
    expect(codeOf({ ...identity, studentNo: 'g-1' })).toBe('identity_student_no_invalid');
  });

  it('refuses a pair that does not belong together, and leaves tombstones alone', () => {
    expect(codeOf({ ...identity, id: 'per-2' })).toBe('identity_person_mismatch');
    expect(codeOf({ ...identity, idNumber: MALE_ID, _deleted: true })).toBe('ok');
    expect(codeOf({ ...identity, idNumber: MALE_ID }, { ...person, _deleted: true })).toBe('ok');
  });
});
