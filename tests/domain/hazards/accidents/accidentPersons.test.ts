import { describe, expect, it } from 'vitest';
import { casualtiesCovering, checkAccidentPersons, namedCasualties, type AccidentPersonsLike } from '@/domain/hazards';

const accident = { schoolId: 'sch-a', casualties: { studentsInjured: 2, studentsDead: 0, staffInjured: 1, staffDead: 0 } };
const roster: Record<string, { schoolId: string; kind: string }> = {
  's-1': { schoolId: 'sch-a', kind: 'student' },
  't-1': { schoolId: 'sch-a', kind: 'teacher' },
  's-b': { schoolId: 'sch-b', kind: 'student' },
};
const personOf = (id: string) => roster[id];
const student = (personId: string, name = '王小明') => ({ personId, name, kind: 'student' as const, outcome: 'injured' as const, injury: '左臂擦伤' });
const names = (persons: unknown[], extra: Partial<AccidentPersonsLike> = {}): AccidentPersonsLike => ({
  id: 'acd-1', idNumber: '', phone: '', studentNo: '', kind: 'accident_persons', persons, ...extra,
});
const code = (r: ReturnType<typeof checkAccidentPersons>) => (r.ok ? 'ok' : r.code);

describe('an accident’s named persons', () => {
  it('accepts roster students and staff of the accident’s school and typed names of others', () => {
    const list = [student('s-1'), { ...student('t-1', '李老师'), kind: 'staff' }, student('', '外校学生张某')];
    expect(checkAccidentPersons(names(list), undefined, accident, personOf)).toEqual({ ok: true });
  });

  it('refuses a roster person of another school, a teacher named as a student, and the same person twice', () => {
    expect(code(checkAccidentPersons(names([student('s-b')]), undefined, accident, personOf))).toBe('invalid_person');
    expect(code(checkAccidentPersons(names([student('t-1')]), undefined, accident, personOf))).toBe('invalid_person');
    expect(code(checkAccidentPersons(names([student('s-1'), student('s-1')]), undefined, accident, personOf))).toBe('invalid_person');
    expect(code(checkAccidentPersons(names([student('ghost')]), undefined, accident, personOf))).toBe('invalid_person');
  });

  it('refuses more names than the register entry counts, and says which count', () => {
    const three = [student(''), student('', '李四'), student('', '赵五')];
    const r = checkAccidentPersons(names(three), undefined, accident, personOf);
    expect(r).toEqual({ ok: false, code: 'accident_persons_count', reason: '登记的伤亡人员多于事故登记的人数：学生受伤 2 人，已填写姓名 3 人' });
    expect(casualtiesCovering(accident.casualties, three)).toEqual({ ...accident.casualties, studentsInjured: 3 });
    expect(namedCasualties([{ kind: 'staff', outcome: 'dead' }])).toEqual({ studentsInjured: 0, studentsDead: 0, staffInjured: 0, staffDead: 1 });
  });

  it('refuses a missing accident, ID numbers or phones in the list, deletion, a changed kind, and empty names', () => {
    expect(code(checkAccidentPersons(names([]), undefined, undefined, personOf))).toBe('invalid_accident');
    expect(code(checkAccidentPersons(names([], { phone: '13800000000' }), undefined, accident, personOf))).toBe('accident_persons_invalid');
    expect(code(checkAccidentPersons(names([], { _deleted: true }), names([]), accident, personOf))).toBe('accident_persons_deleted');
    expect(code(checkAccidentPersons(names([]), names([], { kind: undefined }), accident, personOf))).toBe('identity_kind_changed');
    const blank = checkAccidentPersons(names([student('', ' ')]), undefined, accident, personOf);
    expect(blank).toMatchObject({ ok: false, code: 'accident_persons_invalid' });
    expect(blank.ok ? '' : blank.reason).toContain('姓名');
  });
});
