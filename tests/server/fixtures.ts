/** Valid documents for the server tests, and a small org tree with one account per role. */
import type { Role } from '@/domain/auth/roles';
import { applyHazardAction, type HazardAction, type HazardState } from '@/domain/hazards';
import type { AccidentDoc, AccidentPersonDoc, AccountDoc, ActivityDoc, HazardDoc, IdentityDoc, InspectionDoc, OrgDoc, PersonDoc } from '@/domain/schemas';

export const PASSWORD = 'Test-pass-2468';

export const PATHS = {
  province: '/41/',
  city: '/41/4115/',
  county: '/41/4115/411502/',
  township: '/41/4115/411502/411502001/',
  schoolA: '/41/4115/411502/411502001/sch-a/',
  classA: '/41/4115/411502/411502001/sch-a/cls-a1/',
  schoolB: '/41/4115/411502/411502001/sch-b/',
  classB: '/41/4115/411502/411502001/sch-b/cls-b1/',
} as const;

const NOW = 1_700_000_000_000;

export function base(id: string, orgPath: string) {
  return { id, orgPath, createdAt: NOW, createdBy: 'test', modifiedAt: NOW, modifiedBy: 'test' };
}

/** The account id of a fixture user (see USERS and seedTree). */
export const userId = (username: string) => `acc-${username}`;

/** A document as `username`'s device writes it: created by them if new, modified by them. */
export function by<T extends { createdBy: string; modifiedBy: string; modifiedAt: number }>(username: string, doc: T, previous?: T): T {
  const id = userId(username);
  const stamped = { ...doc, createdBy: previous ? previous.createdBy : id, modifiedBy: id, modifiedAt: previous ? previous.modifiedAt + 1 : doc.modifiedAt };
  // A hazard's timeline entries the fixture left unsigned are the writer's (the server checks who wrote each).
  const steps = (doc as { steps?: { by: string }[] }).steps;
  return steps ? { ...stamped, steps: steps.map((s) => (s.by === 'test' ? { ...s, by: id } : s)) } : stamped;
}

export type Wire<T> = T & { _deleted: boolean };

export function org(id: string, kind: OrgDoc['kind'], orgPath: string, parentId: string, name = id): Wire<OrgDoc> {
  return {
    ...base(id, orgPath),
    kind,
    name,
    parentId,
    regionCode: '',
    sortKey: name,
    deletedAt: 0,
    ...(kind === 'class' ? { classInfo: { grade: 'P1' as const, className: '一班' } } : {}),
    _deleted: false,
  };
}

/** A real-looking name per id (names are validated like the form's: Chinese characters only). */
function nameOf(id: string): string {
  const given = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
  const n = [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return `测${given[n % given.length]}${given[(n >> 3) % given.length]}`;
}

export function person(id: string, kind: 'teacher' | 'student', orgPath: string, schoolId: string, classId = ''): Wire<PersonDoc> {
  return {
    ...base(id, orgPath),
    kind,
    name: nameOf(id),
    // The fixture identities' ID number (11010519491231002X) is a woman's.
    gender: 'F',
    schoolId,
    classId,
    grade: classId ? 'P1' : '',
    className: classId ? '一班' : '',
    isHeadTeacher: false,
    idMasked: '',
    phoneMasked: '',
    nameSearch: id,
    review: { status: 'approved', reason: '', by: 'reviewer', at: NOW },
    enteredBy: 'test',
    enteredAt: NOW,
    deletedAt: 0,
    _deleted: false,
  };
}

export function identity(id: string, orgPath: string, idNumber = '11010519491231002X'): Wire<IdentityDoc> {
  return { ...base(id, orgPath), idNumber, phone: '13800000000', studentNo: '', _deleted: false };
}

/** A built-in lesson every unit may refer to. */
export const LESSON_ID = 'builtin-drowning-lower';

/** Valid `data` per record kind, as a student's device writes completions and acknowledgements. */
export const ACTIVITY_DATA: Record<Exclude<ActivityDoc['kind'], 'drill'>, Record<string, unknown>> = {
  lesson_session: { presentStudentIds: [], testRun: false },
  completion: { via: 'self' },
  attempt: { answers: { q1: { type: 'true_false', value: true } }, correct: 1, total: 1, passed: true, missed: [] },
  acknowledgement: { via: 'student_account' },
  student_pin: { salt: '0'.repeat(32), hash: 'a'.repeat(64) },
};

export function activity(
  id: string,
  orgPath: string,
  kind: Exclude<ActivityDoc['kind'], 'drill'> = 'lesson_session',
  subjectId = 'cls-a1',
  data: Record<string, unknown> = ACTIVITY_DATA[kind],
  refId = LESSON_ID,
): Wire<ActivityDoc> {
  return { ...base(id, orgPath), kind, refId, subjectId, happenedAt: NOW, data, deletedAt: 0, _deleted: false };
}

/** A registered hazard (登记); its first timeline entry is the writer's once `by` stamps it. */
export function hazard(id: string, orgPath: string, schoolId = 'sch-a'): Wire<HazardDoc> {
  const deadline = NOW + 7 * 86_400_000;
  return {
    ...base(id, orgPath),
    schoolId,
    inspectionId: '',
    itemId: '',
    category: 'fire',
    level: 'general',
    place: '教学楼一楼',
    description: '灭火器过期',
    photos: [],
    foundAt: NOW,
    responsibleId: '',
    responsibleName: '张三',
    deadline,
    status: 'registered',
    supervised: false,
    closedAt: 0,
    steps: [{
      action: 'register', status: 'registered', by: 'test', at: NOW, note: '', photos: [],
      deadline, responsibleId: '', responsibleName: '张三',
    }],
    deletedAt: 0,
    _deleted: false,
  };
}

export function account(
  id: string,
  role: Role,
  orgId: string,
  orgPath: string,
  extra: Partial<AccountDoc> = {},
): Wire<AccountDoc> {
  return {
    ...base(id, orgPath),
    role,
    orgId,
    personId: '',
    displayName: `账号${id}`,
    requestedUsername: '',
    username: '',
    status: 'pending',
    mustChangePassword: true,
    initialPassword: '',
    disabledAt: 0,
    ...extra,
    _deleted: false,
  };
}

export const TREE = {
  orgs: [
    org('41', 'province', PATHS.province, ''),
    org('4115', 'city', PATHS.city, '41'),
    org('411502', 'county', PATHS.county, '4115'),
    org('411502001', 'township', PATHS.township, '411502'),
    org('sch-a', 'school', PATHS.schoolA, '411502001'),
    org('cls-a1', 'class', PATHS.classA, 'sch-a'),
    org('sch-b', 'school', PATHS.schoolB, '411502001'),
    org('cls-b1', 'class', PATHS.classB, 'sch-b'),
  ],
  people: [
    person('t-a', 'teacher', PATHS.schoolA, 'sch-a', 'cls-a1'),
    person('s-a1', 'student', PATHS.classA, 'sch-a', 'cls-a1'),
    person('s-a2', 'student', PATHS.classA, 'sch-a', 'cls-a1'),
    person('t-b', 'teacher', PATHS.schoolB, 'sch-b'),
    person('s-b1', 'student', PATHS.classB, 'sch-b', 'cls-b1'),
  ],
  identities: [
    identity('t-a', PATHS.schoolA),
    identity('s-a1', PATHS.classA),
    identity('s-a2', PATHS.classA),
    identity('t-b', PATHS.schoolB),
    identity('s-b1', PATHS.classB),
  ],
};

/** username → account placement; every one signs in with PASSWORD. */
export const USERS: Record<string, { role: Role; orgId: string; orgPath: string; personId?: string }> = {
  county1: { role: 'county_admin', orgId: '411502', orgPath: PATHS.county },
  town1: { role: 'township_admin', orgId: '411502001', orgPath: PATHS.township },
  schoola: { role: 'school_admin', orgId: 'sch-a', orgPath: PATHS.schoolA },
  schoolb: { role: 'school_admin', orgId: 'sch-b', orgPath: PATHS.schoolB },
  safetya: { role: 'safety_leader', orgId: 'sch-a', orgPath: PATHS.schoolA },
  teachera: { role: 'teacher', orgId: 'sch-a', orgPath: PATHS.schoolA, personId: 't-a' },
  teacherb: { role: 'teacher', orgId: 'sch-b', orgPath: PATHS.schoolB, personId: 't-b' },
  studenta1: { role: 'student', orgId: 'cls-a1', orgPath: PATHS.classA, personId: 's-a1' },
  rooma: { role: 'classroom', orgId: 'cls-a1', orgPath: PATHS.classA },
};

/**
 * `doc` after `username` takes a lifecycle action, as their device writes it
 * (the domain's own rule, so the server sees exactly what the app pushes).
 */
export function act(username: string, doc: Wire<HazardDoc>, action: HazardAction): Wire<HazardDoc> {
  const u = USERS[username];
  if (!u) throw new Error(`no fixture user ${username}`);
  const actor = { id: userId(username), role: u.role, personId: u.personId ?? '' };
  const result = applyHazardAction(doc as unknown as HazardState, action, actor);
  if (!result.ok) throw new Error(`${username} cannot ${action.kind}: ${result.reason}`);
  return by(username, result.hazard as unknown as Wire<HazardDoc>, doc);
}

/** A completed inspection with one 隐患 answer. */
export function inspection(id: string, orgPath: string, schoolId = 'sch-a'): Wire<InspectionDoc> {
  return {
    ...base(id, orgPath),
    schoolId,
    templateId: 'fire',
    templateVersion: 1,
    status: 'completed',
    place: '教学楼',
    inspector: '张伟',
    startedAt: NOW,
    completedAt: NOW + 1000,
    location: { lat: 0, lng: 0, accuracy: 0, at: 0 },
    answers: [{ itemId: 'fire.extinguishers', result: 'hazard', note: '灭火器过期', photos: [], place: '', level: '' }],
    deletedAt: 0,
    _deleted: false,
  };
}

/** An accident register entry (no names: numbers only). */
export function accident(id: string, orgPath: string, schoolId = 'sch-a'): Wire<AccidentDoc> {
  return {
    ...base(id, orgPath),
    schoolId,
    category: 'campus_injury',
    place: 'on_campus',
    location: '教学楼二楼楼梯',
    occurredAt: NOW,
    casualties: { studentsInjured: 2, studentsDead: 0, staffInjured: 0, staffDead: 0 },
    description: '课间下楼时拥挤，两名学生摔倒擦伤',
    measures: '校医处置，通知家长，楼梯口安排教师值守',
    deletedAt: 0,
    _deleted: false,
  };
}

/** The named persons of accident `id` (an identities document of their own kind, same id as the accident). */
export function accidentPersons(id: string, orgPath: string, persons: AccidentPersonDoc[]): Wire<IdentityDoc> {
  return { ...base(id, orgPath), idNumber: '', phone: '', studentNo: '', kind: 'accident_persons', persons, _deleted: false };
}

/** A named person of an accident: a roster student by id, or a typed name ('' id). */
export function injured(personId: string, name: string, kind: AccidentPersonDoc['kind'] = 'student'): AccidentPersonDoc {
  return { personId, name, kind, outcome: 'injured', injury: '擦伤' };
}
