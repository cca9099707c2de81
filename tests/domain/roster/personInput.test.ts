import { describe, expect, it } from 'vitest';
import { checkCharacter } from '@/domain/roster/idNumber';
import { validatePersonInput, type FieldError, type PersonInput } from '@/domain/roster/personInput';

const TODAY = new Date(2024, 8, 1);
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const MALE_ID = withCheck('41150219850312001'); // 001: odd → male
const FEMALE_ID = withCheck('41150220150620002'); // 002: even → female

const teacher = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  kind: 'teacher',
  name: '张伟',
  gender: '男',
  idNumber: MALE_ID,
  phone: '13812345678',
  grade: '',
  className: '',
  isHeadTeacher: false,
  studentNo: '',
  ...overrides,
});

const student = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  kind: 'student',
  name: '李娜',
  gender: '女',
  idNumber: FEMALE_ID,
  phone: '',
  grade: '三年级',
  className: '二班',
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
        name: '张伟',
        gender: 'M',
        idNumber: MALE_ID,
        birthDate: '1985-03-12',
        phone: '13812345678',
        grade: '',
        className: '',
        isHeadTeacher: false,
        studentNo: '',
      },
    });
  });

  it('normalises a student: grade code, canonical class, upper-case student number', () => {
    const result = validatePersonInput(student({ grade: '３年级', className: '(2)班', studentNo: 'g41150220150620002x' }), TODAY);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'student', gender: 'F', grade: 'P3', className: '二班', phone: '', studentNo: 'G41150220150620002X' },
    });
  });

  it('takes the gender from the ID number when left blank', () => {
    expect(validatePersonInput(student({ gender: '' }), TODAY)).toMatchObject({ ok: true, value: { gender: 'F' } });
  });

  it('accepts a head teacher with grade and class', () => {
    const result = validatePersonInput(teacher({ isHeadTeacher: true, grade: '七年级', className: '3班' }), TODAY);
    expect(result).toMatchObject({ ok: true, value: { isHeadTeacher: true, grade: 'J1', className: '三班' } });
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
    expect(errorsOf(teacher({ idNumber: '', gender: '男' }))).toEqual([{ field: 'idNumber', code: 'id.required' }]);
    expect(errorsOf(student({ idNumber: MALE_ID.slice(0, 17) + (MALE_ID[17] === '1' ? '2' : '1') }))).toContainEqual({
      field: 'idNumber',
      code: 'id.checksum',
    });
  });

  it('requires the gender to agree with the ID number', () => {
    expect(errorsOf(student({ gender: '男' }))).toEqual([{ field: 'gender', code: 'person.genderMismatch', params: { expected: 'F' } }]);
    expect(errorsOf(teacher({ gender: 'female' }))).toEqual([{ field: 'gender', code: 'person.genderMismatch', params: { expected: 'M' } }]);
  });

  it('reports an unreadable gender, and a missing one when the ID cannot supply it', () => {
    expect(errorsOf(teacher({ gender: '未知' }))).toEqual([{ field: 'gender', code: 'person.genderInvalid' }]);
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

  it('requires grade and class for students', () => {
    expect(errorsOf(student({ grade: '', className: '' }))).toEqual([
      { field: 'grade', code: 'grade.required' },
      { field: 'className', code: 'class.required' },
    ]);
  });

  it('reports unknown grades and class names', () => {
    expect(errorsOf(student({ grade: '十三年级' }))).toEqual([{ field: 'grade', code: 'grade.unknown', params: { value: '十三年级' } }]);
    expect(errorsOf(student({ className: 'A班' }))).toEqual([{ field: 'className', code: 'class.unknown', params: { value: 'A班' } }]);
  });

  it('requires a class for a head teacher and a grade for any teacher with a class', () => {
    expect(errorsOf(teacher({ isHeadTeacher: true }))).toEqual([{ field: 'className', code: 'class.required' }]);
    expect(errorsOf(teacher({ className: '一班' }))).toEqual([{ field: 'grade', code: 'grade.required' }]);
  });

  it('accepts a teacher with a grade but no class (e.g. a grade leader)', () => {
    expect(validatePersonInput(teacher({ grade: '初二' }), TODAY)).toMatchObject({ ok: true, value: { grade: 'J2', className: '' } });
  });

  it('limits the student number to 30 letters and digits', () => {
    expect(validatePersonInput(student({ studentNo: 'A'.repeat(30) }), TODAY)).toMatchObject({ ok: true });
    expect(errorsOf(student({ studentNo: 'A'.repeat(31) }))).toEqual([
      { field: 'studentNo', code: 'person.studentNoInvalid', params: { max: 30 } },
    ]);
    expect(errorsOf(student({ studentNo: 'G-123' }))).toEqual([{ field: 'studentNo', code: 'person.studentNoInvalid', params: { max: 30 } }]);
  });

  it('reports every failing field at once', () => {
    const errors = errorsOf(student({ name: '', idNumber: 'abc', gender: '?', grade: '', className: '' }));
    expect(errors.map((e) => e.field)).toEqual(['name', 'idNumber', 'gender', 'grade', 'className']);
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
