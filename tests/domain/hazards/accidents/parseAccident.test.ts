import { describe, expect, it } from 'vitest';
import { parseAccidentPersons, parseAccidentRecord, type AccidentRecord } from '@/domain/hazards';
import { DAY, T0 } from '../fixtures';

function record(): AccidentRecord {
  return {
    schoolId: 'school-1',
    category: 'drowning',
    place: 'off_campus',
    location: '村东水库',
    occurredAt: T0,
    casualties: { studentsInjured: 0, studentsDead: 1, staffInjured: 0, staffDead: 0 },
    description: '周六下午两名学生结伴到水库游泳，一人溺水。',
    measures: '',
  };
}

const issues = (result: ReturnType<typeof parseAccidentRecord> | ReturnType<typeof parseAccidentPersons>) =>
  result.ok ? [] : result.issues.map((i) => i.message);

describe('parseAccidentRecord', () => {
  it('accepts a complete entry and returns it unchanged', () => {
    expect(parseAccidentRecord(record())).toEqual({ ok: true, value: record() });
  });

  it('refuses unknown fields, including names slipped into the register entry', () => {
    expect(issues(parseAccidentRecord({ ...record(), injuredNames: ['张三'] }))).toEqual(['injuredNames 是未知字段']);
    const casualties = { ...record().casualties, othersDead: 1 };
    expect(issues(parseAccidentRecord({ ...record(), casualties }))).toEqual(['casualties.othersDead 是未知字段']);
  });

  it('refuses unknown categories and places, with the Chinese choices', () => {
    expect(issues(parseAccidentRecord({ ...record(), category: 'fall', place: 'home' }))).toEqual([
      '“事故类别”（category）应为以下之一：溺水（drowning）、交通（traffic）、踩踏（stampede）、中毒（poisoning）、校园伤害（campus_injury）、自然灾害（natural_disaster）、其他（other）',
      '“校内外”（place）应为以下之一：校内（on_campus）、校外（off_campus）',
    ]);
  });

  it('refuses negative or fractional counts, an empty description, a missing date', () => {
    const bad = { ...record(), casualties: { ...record().casualties, studentsInjured: -1, staffDead: 0.5 }, description: ' ' };
    delete (bad as Partial<AccidentRecord>).occurredAt;
    expect(issues(parseAccidentRecord(bad))).toEqual([
      '“发生时间”（occurredAt）缺少此项',
      '“学生受伤人数”（casualties.studentsInjured）应在 0 到 10000 之间',
      '“教职工死亡人数”（casualties.staffDead）应为整数',
      '“事故经过”（description）不能为空',
    ]);
  });

  it('refuses a date after today (Beijing time) when given the server’s clock', () => {
    expect(parseAccidentRecord(record(), { now: T0 }).ok).toBe(true);
    expect(parseAccidentRecord({ ...record(), occurredAt: T0 + 10 * 3600_000 }, { now: T0 }).ok).toBe(true);
    expect(issues(parseAccidentRecord({ ...record(), occurredAt: T0 + DAY }, { now: T0 }))).toEqual([
      '“发生时间”（occurredAt）不能晚于今天',
    ]);
  });
});

describe('parseAccidentPersons', () => {
  const persons = {
    accidentId: 'accident-1',
    persons: [
      { personId: 'p-1', name: '张小明', kind: 'student', outcome: 'dead', injury: '' },
      { personId: '', name: '李老师', kind: 'staff', outcome: 'injured', injury: '左臂擦伤' },
    ],
  };

  it('accepts named persons, on the roster or not', () => {
    expect(parseAccidentPersons(persons)).toEqual({ ok: true, value: persons });
  });

  it('refuses a nameless person, an unknown outcome and extra fields', () => {
    const bad = {
      ...persons,
      persons: [{ personId: 'p-1', name: '', kind: 'student', outcome: 'missing', injury: '', idNumber: 'x' }],
    };
    expect(issues(parseAccidentPersons(bad))).toEqual([
      'persons[0].idNumber 是未知字段',
      '“姓名”（persons[0].name）不能为空',
      '“伤亡情况”（persons[0].outcome）应为以下之一：injured、dead',
    ]);
  });
});
