import { DOC_OK, refuseDoc, type DocCheck } from '../rules/docCheck';
import type { Gender, IdentityDoc } from '../schemas';
import type { PersonWire } from './checkPersonDoc';
import { genderFromIdNumber, validateIdNumber } from './idNumber';
import { isValidStudentNo } from './personInput';
import { validatePhone } from './phone';

/**
 * The sync server's check of a person's sensitive half (`identities`)
 * against the person (`people`), once both documents are known: what the
 * person form checks across the two. Values must be in their stored
 * spelling, as the client's repository writes them.
 */
export type IdentityWire = IdentityDoc & { _deleted?: boolean };

const GENDER_NAMES: Record<Gender, string> = { M: '男', F: '女' };

/**
 * The identity on its own: a valid ID number, phone and 学籍号. Checked on
 * every push, also before the person has reached the server (the device
 * writes the identity first).
 */
export function checkIdentityFields(identity: IdentityWire, today: Date = new Date()): DocCheck {
  if (identity._deleted) return DOC_OK;
  if (identity.idNumber) {
    const id = validateIdNumber(identity.idNumber, today);
    if (!id.ok || id.value !== identity.idNumber) {
      return refuseDoc('identity_id_invalid', '身份证号不是有效的 18 位居民身份证号码（出生日期或校验位不正确）');
    }
  }
  if (identity.phone) {
    const phone = validatePhone(identity.phone);
    if (!phone.ok || phone.value !== identity.phone) return refuseDoc('identity_phone_invalid', '手机号应为 11 位手机号码');
  }
  if (identity.studentNo && !isValidStudentNo(identity.studentNo)) {
    return refuseDoc('identity_student_no_invalid', '学籍号只能由大写字母和数字组成，最多 30 位');
  }
  return DOC_OK;
}

/** The identity against its person: its own fields, and the ID number's gender agrees. `today` decides whether a birth date lies in the future. */
export function checkIdentityAgainstPerson(identity: IdentityWire, person: PersonWire, today: Date = new Date()): DocCheck {
  // A tombstone holds nothing anyone reads.
  if (identity._deleted || person._deleted) return DOC_OK;
  if (identity.id !== person.id) return refuseDoc('identity_person_mismatch', '身份信息与人员记录不对应');
  const own = checkIdentityFields(identity, today);
  if (!own.ok) return own;
  const gender = identity.idNumber ? genderFromIdNumber(identity.idNumber) : null;
  if (gender && gender !== person.gender) {
    return refuseDoc(
      'identity_gender_mismatch',
      `性别与身份证号不符：记录为${GENDER_NAMES[person.gender]}，身份证号显示为${GENDER_NAMES[gender]}`,
    );
  }
  return DOC_OK;
}
