import { describe, expect, it } from 'vitest';
import { checkCharacter } from '@/domain/roster/idNumber';
import { personInputOf, validatePersonInput, type FieldError, type PersonInput } from '@/domain/roster/personInput';
import type { IdentityDoc, PersonDoc } from '@/domain/schemas';

const TODAY = new Date(2024, 8, 1);
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const MALE_ID = withCheck('41150219850312001'); // 001: odd → male
const FEMALE_ID = withCheck('41150220150620002'); // 002: even → female

const teacher = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  kind: 'teacher',
  schoolId: 'sch-1',
  classId: '',
  grade: '',
  name: '张伟',
  gender: 'M',
  idNumber: MALE_ID,
  phone: '13812345678',
  isHeadTeacher: false,
  studentNo: '',
  ...overrides,
});

const student = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  kind: 'student',
  schoolId: 'sch-1',
  classId: 'cls-32',
  grade: 'P3',
  name: '李娜',
  gender: 'F',
  idNumber: FEMALE_ID,
  phone: '',
  isHeadTeacher: false,
  studentNo: '',
  ...overrides,
});

function errorsOf(input: PersonInput): FieldError[] {
  const result = validatePersonInput(input, TODAY);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validatePersonInput: valid records', () => {
  it('normalises a teacher', () => {
    const result = validatePersonInput(
      teacher({ name: ' 张　伟 ', idNumber: ` ${MALE_ID.toLowerCase()} `, phone: '+86 138-1234-5678', gender: 'M' }),
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'teacher',
        schoolId: 'sch-1',
        classId: '',
        grade: '',
        name: '张伟',
        gender: 'M',
        idNumber: MALE_ID,
        phone: '13812345678',
        isHeadTeacher: false,
        studentNo: '',
      },
    });
  });

  it('normalises a student, keeping school, grade code and class as given', () => {
    const result = validatePersonInput(student({ studentNo: 'g41150220150620002x' }), TODAY);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'student', gender: 'F', schoolId: 'sch-1', grade: 'P3', classId: 'cls-32', phone: '', studentNo: 'G41150220150620002X' },
    });
  });

  it('takes the gender from the ID number when left blank', () => {
    expect(validatePersonInput(student({ gender: '' }), TODAY)).toMatchObject({ ok: true, value: { gender: 'F' } });
  });

  it('accepts a head teacher with grade and class', () => {
    const result = validatePersonInput(teacher({ isHeadTeacher: true, grade: 'J1', classId: 'cls-71' }), TODAY);
    expect(result).toMatchObject({ ok: true, value: { isHeadTeacher: true, grade: 'J1', classId: 'cls-71' } });
  });

  it('never marks a student as head teacher', () => {
    expect(validatePersonInput(student({ isHeadTeacher: true }), TODAY)).toMatchObject({ ok: true, value: { isHeadTeacher: false } });
  });

  it('accepts an optional valid phone for a student', () => {
    expect(validatePersonInput(student({ phone: '139 0000 1111' }), TODAY)).toMatchObject({ ok: true, value: { phone: '13900001111' } });
  });
});

describe('validatePersonInput: errors', () => {
  it('reports name problems', () => {
    expect(errorsOf(teacher({ name: '' }))).toEqual([{ field: 'name', code: 'person.nameRequired' }]);
    expect(errorsOf(teacher({ name: '张三(1)' }))).toEqual([
      { field: 'name', code: 'person.nameForbiddenChars', params: { chars: '(1)' } },
    ]);
    expect(errorsOf(teacher({ name: '张' }))).toEqual([{ field: 'name', code: 'person.nameLength', params: { min: 2, max: 20 } }]);
  });

  it('requires a valid ID number for both kinds', () => {
    expect(errorsOf(teacher({ idNumber: '', gender: 'M' }))).toEqual([{ field: 'idNumber', code: 'id.required' }]);
    expect(errorsOf(student({ idNumber: MALE_ID.slice(0, 17) + (MALE_ID[17] === '1' ? '2' : '1') }))).toContainEqual({
      field: 'idNumber',
      code: 'id.checksum',
    });
  });

  it('requires a chosen gender to agree with the ID number, never overriding it', () => {
    expect(errorsOf(student({ gender: 'M' }))).toEqual([{ field: 'gender', code: 'person.genderMismatch', params: { expected: 'F' } }]);
    expect(errorsOf(teacher({ gender: 'F' }))).toEqual([{ field: 'gender', code: 'person.genderMismatch', params: { expected: 'M' } }]);
  });

  it('reports a missing gender when the ID cannot supply it', () => {
    expect(errorsOf(teacher({ gender: '', idNumber: '123' }))).toEqual([
      { field: 'idNumber', code: 'id.length' },
      { field: 'gender', code: 'person.genderRequired' },
    ]);
  });

  it('requires a phone for teachers only, and a valid one when given', () => {
    expect(errorsOf(teacher({ phone: '' }))).toEqual([{ field: 'phone', code: 'phone.required' }]);
    expect(errorsOf(teacher({ phone: '1234567' }))).toEqual([{ field: 'phone', code: 'phone.invalid' }]);
    expect(errorsOf(student({ phone: '1234567' }))).toEqual([{ field: 'phone', code: 'phone.invalid' }]);
  });

  it('requires a school, and grade and class for students', () => {
    expect(errorsOf(student({ schoolId: '', grade: '', classId: '' }))).toEqual([
      { field: 'schoolId', code: 'person.schoolRequired' },
      { field: 'grade', code: 'grade.required' },
      { field: 'classId', code: 'class.required' },
    ]);
  });

  it('requires a class for a head teacher and a grade for any teacher with a class', () => {
    expect(errorsOf(teacher({ isHeadTeacher: true }))).toEqual([{ field: 'classId', code: 'class.required' }]);
    expect(errorsOf(teacher({ classId: 'cls-71' }))).toEqual([{ field: 'grade', code: 'grade.required' }]);
  });

  it('accepts a teacher with a grade but no class (e.g. a grade leader)', () => {
    expect(validatePersonInput(teacher({ grade: 'J2' }), TODAY)).toMatchObject({ ok: true, value: { grade: 'J2', classId: '' } });
  });

  it('limits the student number to 30 letters and digits', () => {
    expect(validatePersonInput(student({ studentNo: 'A'.repeat(30) }), TODAY)).toMatchObject({ ok: true });
    expect(errorsOf(student({ studentNo: 'A'.repeat(31) }))).toEqual([
      { field: 'studentNo', code: 'person.studentNoInvalid', params: { max: 30 } },
    ]);
    expect(errorsOf(student({ studentNo: 'G-123' }))).toEqual([{ field: 'studentNo', code: 'person.studentNoInvalid', params: { max: 30 } }]);
  });

  it('reports every failing field at once', () => {
    const errors = errorsOf(student({ name: '', idNumber: 'abc', gender: '', grade: '', classId: '' }));
    expect(errors.map((e) => e.field)).toEqual(['name', 'idNumber', 'gender', 'grade', 'classId']);
  });

  it('checks birth dates against the given day', () => {
    const future = withCheck('41150220250101002');
    expect(errorsOf(student({ idNumber: future, gender: '' }))).toEqual([
      { field: 'idNumber', code: 'id.birthDate' },
      { field: 'gender', code: 'person.genderRequired' },
    ]);
    expect(validatePersonInput(student({ idNumber: future }), new Date(2025, 5, 1))).toMatchObject({ ok: true });
  });
});

describe('personInputOf', () => {
  it('is the input a stored record and its identity stand for, and validates as it was stored', () => {
    const person = {
      kind: 'student', schoolId: 'sch-1', classId: 'cls-32', grade: 'P3', className: '二班', name: '李娜', gender: 'F',
      isHeadTeacher: false,
    } as PersonDoc;
    const identity = { idNumber: FEMALE_ID, phone: '13900001111', studentNo: 'G1' } as IdentityDoc;
    const input = personInputOf(person, identity);
    expect(input).toEqual(student({ phone: '13900001111', studentNo: 'G1' }));
    expect(validatePersonInput(input, TODAY)).toEqual({ ok: true, value: input });
    expect(personInputOf(person, null)).toMatchObject({ idNumber: '', phone: '', studentNo: '' });
  });
});
