import { describe, expect, it } from 'vitest';
import { checkResponsiblePerson } from '@/domain/hazards';

const roster: Record<string, { kind: string; schoolId: string; name: string }> = {
  't-1': { kind: 'teacher', schoolId: 'sch-a', name: '王老师' },
  't-b': { kind: 'teacher', schoolId: 'sch-b', name: '赵老师' },
  's-1': { kind: 'student', schoolId: 'sch-a', name: '王小明' },
};
const personOf = (id: string) => roster[id];
const hazard = (responsibleId: string, responsibleName: string) => ({ schoolId: 'sch-a', responsibleId, responsibleName });

describe('a hazard’s responsible person', () => {
  it('accepts a teacher of the school named as on the roster, and a typed name without an id', () => {
    expect(checkResponsiblePerson(hazard('t-1', '王老师'), undefined, personOf)).toBeNull();
    expect(checkResponsiblePerson(hazard('', '施工单位 李工'), undefined, personOf)).toBeNull();
  });

  it('refuses another school’s teacher, a student, an unknown id and a name unlike the roster’s', () => {
    for (const id of ['t-b', 's-1', 'ghost']) {
      expect(checkResponsiblePerson(hazard(id, roster[id]?.name ?? '某某'), undefined, personOf)?.code).toBe('hazard_responsible_unknown');
    }
    expect(checkResponsiblePerson(hazard('t-1', '王某'), undefined, personOf)?.reason).toBe('整改责任人的姓名应与花名册一致：王老师');
  });

  it('leaves a stored choice alone: a later rename or departure on the roster does not block the hazard’s next steps', () => {
    expect(checkResponsiblePerson(hazard('t-1', '王老师（旧名）'), 't-1', personOf)).toBeNull();
    expect(checkResponsiblePerson(hazard('t-gone', '已调走的老师'), 't-gone', personOf)).toBeNull();
  });
});
