import type zh from '../zh-CN/validation';

export default {
  id: {
    required: 'Enter the ID number',
    length: 'An ID number has 18 characters',
    format: 'An ID number is digits only; the last one may be X',
    region: 'The first 6 digits are not a valid region code',
    birthDate: 'The birth date in the ID number is not a real date',
    checksum: 'The check digit is wrong; check the number digit by digit',
  },
  person: {
    nameRequired: 'Enter the name',
    nameForbiddenChars: 'The name may not contain “{chars}”',
    nameMisplacedDot: 'The middle dot “·” is in the wrong place',
    nameLength: 'A name has {min}–{max} characters',
    genderMismatch: 'Gender does not match the ID number, which says {expected}',
    genderRequired: 'Choose the gender',
    studentNoInvalid: 'The student number is letters and digits only, at most {max}',
    duplicateId: 'This ID number is already on file: {name} ({school})',
    duplicateIdDeleted: 'This ID number belongs to the deleted record {name} ({school}); restore it under “Show deleted”',
    schoolRequired: 'Choose the school',
  },
  phone: {
    required: 'Enter the mobile number',
    invalid: 'A mobile number has 11 digits',
  },
  grade: {
    required: 'Choose the grade',
  },
  class: {
    required: 'Choose the class',
  },
  review: {
    invalidTransition: 'This action is not possible in the current review state',
    reasonRequired: 'A reason is required to return a record',
    ownEntry: 'Someone other than whoever entered a record must review it',
    notFound: 'The record does not exist or was deleted',
  },
} satisfies typeof zh;
