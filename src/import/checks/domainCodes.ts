import type { FindingCode } from '../types';

/**
 * Error codes of the domain validators (src/domain/roster) → finding codes.
 * A code not listed (a rule added later) still reports, as `fieldInvalid`.
 */
const DOMAIN_CODES: Record<string, FindingCode> = {
  'person.nameRequired': 'required',
  'person.nameForbiddenChars': 'forbiddenChar',
  'person.nameMisplacedDot': 'nameDot',
  'person.nameLength': 'nameLength',
  'person.genderMismatch': 'genderMismatch',
  'person.genderRequired': 'required',
  'id.required': 'required',
  'id.length': 'idLength',
  'id.format': 'idFormat',
  'id.region': 'idRegion',
  'id.birthDate': 'idBirthDate',
  'id.checksum': 'idChecksum',
  'phone.required': 'required',
  'phone.invalid': 'phoneInvalid',
  'grade.required': 'required',
  'class.required': 'required',
};

export function findingCodeOf(domainCode: string): FindingCode {
  return DOMAIN_CODES[domainCode] ?? 'fieldInvalid';
}
