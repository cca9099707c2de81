/**
 * The named part of an accident (伤亡人员): who was hurt, kept apart from the
 * register entry, which holds numbers only. It is stored as an identities
 * document of kind `accident_persons` with the accident's id, so it travels
 * exactly where personal data may (the school, and the levels above that
 * read identities) and never to teachers' or classroom devices, nor to a
 * level that reads only counts.
 */
import { formatIssues } from '../strictReader';
import { refuse, type Refusal } from '../refusal';
import type { AccidentCasualties, AccidentPerson } from './accidentTypes';
import { parseAccidentPersons } from './parseAccident';

/** The casualty counts a list of named persons stands for. */
export function namedCasualties(persons: readonly Pick<AccidentPerson, 'kind' | 'outcome'>[]): AccidentCasualties {
  const counts: AccidentCasualties = { studentsInjured: 0, studentsDead: 0, staffInjured: 0, staffDead: 0 };
  for (const p of persons) counts[casualtyField(p)] += 1;
  return counts;
}

function casualtyField(p: Pick<AccidentPerson, 'kind' | 'outcome'>): keyof AccidentCasualties {
  if (p.kind === 'student') return p.outcome === 'dead' ? 'studentsDead' : 'studentsInjured';
  return p.outcome === 'dead' ? 'staffDead' : 'staffInjured';
}

const CASUALTY_LABELS: Record<keyof AccidentCasualties, string> = {
  studentsInjured: '学生受伤',
  studentsDead: '学生死亡',
  staffInjured: '教职工受伤',
  staffDead: '教职工死亡',
};

/**
 * The register's numbers must cover the named persons (names may be fewer:
 * not every name is known at once). The form raises the numbers as names
 * are added; the server refuses a list the entry does not count.
 */
export function uncountedPersons(casualties: AccidentCasualties, persons: readonly Pick<AccidentPerson, 'kind' | 'outcome'>[]): Refusal | null {
  const named = namedCasualties(persons);
  for (const field of Object.keys(named) as (keyof AccidentCasualties)[]) {
    if (named[field] > casualties[field]) {
      return refuse(
        'accident_persons_count',
        `登记的伤亡人员多于事故登记的人数：${CASUALTY_LABELS[field]} ${casualties[field]} 人，已填写姓名 ${named[field]} 人`,
      );
    }
  }
  return null;
}

/** The casualty numbers raised just enough to count every named person. */
export function casualtiesCovering(casualties: AccidentCasualties, persons: readonly Pick<AccidentPerson, 'kind' | 'outcome'>[]): AccidentCasualties {
  const named = namedCasualties(persons);
  const out = { ...casualties };
  for (const field of Object.keys(named) as (keyof AccidentCasualties)[]) out[field] = Math.max(out[field], named[field]);
  return out;
}

/** An accident persons document as the rules see it. */
export interface AccidentPersonsLike {
  id: string;
  idNumber: string;
  phone: string;
  studentNo: string;
  kind?: string;
  persons?: unknown;
  _deleted?: boolean;
}

/** The accident it belongs to, as stored. */
export interface AccidentLike {
  schoolId: string;
  casualties: AccidentCasualties;
}

/** A roster person a named entry points at, as stored ('' fields when missing). */
export interface RosterPersonLike {
  schoolId: string;
  kind: string;
}

/**
 * May `next` be stored over `previous`? The kind never changes (a person's
 * identity never becomes a list of names, nor the reverse), the list is
 * never deleted (emptied instead, like the register it belongs to), it
 * holds names only, each roster entry is a person of the accident's
 * school, and the accident counts every name.
 */
export function checkAccidentPersons(
  next: AccidentPersonsLike,
  previous: AccidentPersonsLike | undefined,
  accident: AccidentLike | undefined,
  personOf: (id: string) => RosterPersonLike | undefined,
): { ok: true } | Refusal {
  if (previous && previous.kind !== next.kind) return refuse('identity_kind_changed', '身份信息与事故伤亡人员不能互相转换');
  if (next._deleted) return refuse('accident_persons_deleted', '事故伤亡人员名单不能删除，如有错误请修改');
  if (!accident) return refuse('invalid_accident', '关联的事故登记不存在');
  if (next.idNumber || next.phone || next.studentNo) return refuse('accident_persons_invalid', '事故伤亡人员名单只能填写姓名、身份和伤情');
  const parsed = parseAccidentPersons({ accidentId: next.id, persons: next.persons ?? [] });
  if (!parsed.ok) return refuse('accident_persons_invalid', `伤亡人员有误：${formatIssues(parsed.issues)}`);
  const seen = new Set<string>();
  for (const p of parsed.value.persons) {
    if (!p.personId) continue;
    const person = personOf(p.personId);
    const kindFits = p.kind === 'student' ? person?.kind === 'student' : person?.kind === 'teacher';
    if (!person || person.schoolId !== accident.schoolId || !kindFits || seen.has(p.personId)) {
      return refuse('invalid_person', `伤亡人员“${p.name}”不是本校花名册中的${p.kind === 'student' ? '学生' : '教职工'}，或重复填写`);
    }
    seen.add(p.personId);
  }
  return uncountedPersons(accident.casualties, parsed.value.persons) ?? { ok: true };
}
