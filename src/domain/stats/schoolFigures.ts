import { classCompletion, type RosterPerson } from '../activities/completion';
import { monthlyDrillStatus } from '../activities/drills';
import {
  assignmentTask, noticeTask, parseAssignmentBody, parseSpecialActivityBody, specialActivityIncludesClass,
  specialActivityTask, type CompletionTask,
} from '../activities/plans';
import { toActivityRecord, type ActivityRecord } from '../activities/records';
import { monthKeyOf, monthRange } from '../activities/shanghaiTime';
import { windowPhase } from '../activities/window';
import { countAccidents } from '../hazards/accidents/accidentStats';
import type { AccidentRecord } from '../hazards/accidents/accidentTypes';
import { countHazards, rectificationRate } from '../hazards/hazardStats';
import type { HazardState } from '../hazards/hazardTypes';
import { isWithin } from '../org/path';
import type { AccountDoc } from '../schemas/accounts';
import type { ActivityDoc } from '../schemas/activities';
import type { ContentDoc } from '../schemas/content';
import type { OrgDoc } from '../schemas/orgs';
import type { PersonDoc } from '../schemas/people';
import { emptyAccidents, emptyFigures, type Ratio, type UnitFigures } from './figures';

export type StatsOrg = Pick<OrgDoc, 'id' | 'kind' | 'parentId' | 'orgPath' | 'name' | 'deletedAt' | 'classInfo' | 'school'>;
export type StatsPerson = Pick<PersonDoc, 'id' | 'kind' | 'classId' | 'isHeadTeacher' | 'review' | 'createdAt' | 'deletedAt'>;
export type StatsAccount = Pick<AccountDoc, 'role' | 'orgId' | 'personId' | 'status'>;
export type StatsActivity = Pick<ActivityDoc, 'id' | 'kind' | 'refId' | 'subjectId' | 'happenedAt' | 'data' | 'deletedAt'>;
export type StatsContent = Pick<ContentDoc, 'id' | 'kind' | 'orgPath' | 'status' | 'startsAt' | 'endsAt' | 'body' | 'deletedAt'>;
export type StatsHazard = Pick<HazardState, 'status' | 'deadline' | 'level' | 'category' | 'supervised' | 'closedAt' | 'foundAt'>;
export type StatsAccident = Pick<AccidentRecord, 'category' | 'place' | 'occurredAt' | 'casualties'>;

/**
 * Everything about one school the figures need. A feature whose records
 * are not available here (`undefined`) shows as absent, not as zero.
 */
export interface SchoolInput {
  school: StatsOrg;
  /** The school's classes (deleted ones are skipped). */
  classes: readonly StatsOrg[];
  people: readonly StatsPerson[];
  accounts: readonly StatsAccount[];
  /** Content visible to the school: lessons, assignments, special activities, notices from above. */
  content?: readonly StatsContent[];
  activities?: readonly StatsActivity[];
  hazards?: readonly StatsHazard[];
  accidents?: readonly StatsAccident[];
  now: number;
}

const live = <T extends { deletedAt: number }>(docs: readonly T[]) => docs.filter((d) => d.deletedAt === 0);

/** An account that is in use: created on the server and not disabled. */
const isOpen = (account: StatsAccount) => account.status === 'active';

interface ClassTask {
  task: CompletionTask;
  includes: (unit: StatsOrg) => boolean;
  counts: 'lessons' | 'acknowledgements';
}

/** Running tasks from published content, with which classes each expects. */
function runningTasks(content: readonly StatsContent[], now: number): ClassTask[] {
  const tasks: ClassTask[] = [];
  for (const doc of live(content)) {
    if (doc.status !== 'published' || windowPhase(doc, now) !== 'running') continue;
    if (doc.kind === 'special_activity') {
      const parsed = parseSpecialActivityBody(doc.body);
      if (!parsed.ok) continue;
      const body = parsed.activity;
      const includes = (unit: StatsOrg) =>
        !!unit.classInfo && specialActivityIncludesClass(doc.orgPath, body, { orgPath: unit.orgPath, grade: unit.classInfo.grade });
      tasks.push({ task: specialActivityTask(doc, body), includes, counts: 'lessons' });
    } else if (doc.kind === 'assignment') {
      const parsed = parseAssignmentBody(doc.body);
      if (parsed.ok) tasks.push({ task: assignmentTask(doc, parsed.assignment), includes: (unit) => unit.orgPath === doc.orgPath, counts: 'lessons' });
    } else if (doc.kind === 'notice') {
      tasks.push({ task: noticeTask(doc), includes: (unit) => isWithin(unit.orgPath, doc.orgPath), counts: 'acknowledgements' });
    }
  }
  return tasks;
}

function addRatio(ratio: Ratio | null, done: number, of: number): Ratio {
  return { done: (ratio?.done ?? 0) + done, of: (ratio?.of ?? 0) + of };
}

function classFigures(unit: StatsOrg, input: SchoolInput, tasks: ClassTask[], records: ActivityRecord[] | null): UnitFigures {
  const figures = emptyFigures();
  const students = live(input.people).filter((p) => p.kind === 'student' && p.classId === unit.id);
  const studentAccounts = new Set(input.accounts.filter((a) => a.role === 'student' && isOpen(a)).map((a) => a.personId));
  const teacherAccounts = new Set(input.accounts.filter((a) => a.role === 'teacher' && isOpen(a)).map((a) => a.personId));
  const heads = live(input.people).filter((p) => p.kind === 'teacher' && p.isHeadTeacher && p.classId === unit.id);
  figures.units.classes = 1;
  figures.units.students = students.length;
  // 班级开通: the class's head teacher (班主任) can sign in.
  figures.accounts.class = { done: heads.some((h) => teacherAccounts.has(h.id)) ? 1 : 0, of: 1 };
  figures.accounts.student = { done: students.filter((s) => studentAccounts.has(s.id)).length, of: students.length };
  for (const s of students) figures.roster.student[s.review.status] += 1;
  if (records) {
    const roster: RosterPerson[] = input.people.filter((p) => p.kind === 'student');
    for (const { task, includes, counts } of tasks) {
      if (!includes(unit)) continue;
      const result = classCompletion(task, unit.id, roster, records, input.now);
      figures[counts] = addRatio(figures[counts], result.completed, result.shouldComplete);
    }
  }
  return figures;
}

function schoolOwnFigures(input: SchoolInput, records: ActivityRecord[] | null): UnitFigures {
  const figures = emptyFigures();
  const teachers = live(input.people).filter((p) => p.kind === 'teacher');
  const teacherAccounts = new Set(input.accounts.filter((a) => a.role === 'teacher' && isOpen(a)).map((a) => a.personId));
  const schoolOpened = input.accounts.some(
    (a) => (a.role === 'school_admin' || a.role === 'safety_leader') && a.orgId === input.school.id && isOpen(a),
  );
  figures.units.schools = 1;
  figures.units.teachers = teachers.length;
  figures.accounts.school = { done: schoolOpened ? 1 : 0, of: 1 };
  figures.accounts.teacher = { done: teachers.filter((t) => teacherAccounts.has(t.id)).length, of: teachers.length };
  for (const t of teachers) figures.roster.teacher[t.review.status] += 1;
  if (records) {
    const thisMonth = monthKeyOf(input.now);
    const lastMonth = monthKeyOf(monthRange(thisMonth).start - 1);
    const last = monthlyDrillStatus(records, lastMonth, input.now);
    figures.drills = {
      lastMonthMet: last.status === 'met' ? 1 : 0,
      lastMonthMissing: last.status === 'missing' ? 1 : 0,
      thisMonthMet: monthlyDrillStatus(records, thisMonth, input.now).status === 'met' ? 1 : 0,
    };
  }
  if (input.hazards) {
    const counts = countHazards(input.hazards, input.now);
    const rect = rectificationRate(input.hazards, { from: 0, to: input.now + 1 });
    figures.hazards = { open: counts.open, overdue: counts.overdue, closed: counts.closed, rectification: { done: rect.closed, of: rect.found } };
  }
  if (input.accidents) {
    const counts = countAccidents(input.accidents, { from: 0, to: input.now + 1 });
    figures.accidents = { ...emptyAccidents(), total: counts.total, byCategory: counts.byCategory, byPlace: counts.byPlace };
  }
  return figures;
}

/**
 * The own figures of a school and of each of its classes, by unit id: a
 * school's own figures hold what belongs to the school itself (teachers,
 * its accounts, drills, hazards, accidents); the classes hold their
 * students, completions and acknowledgements. `rollUp` adds them up.
 */
export function schoolFigures(input: SchoolInput): Map<string, UnitFigures> {
  const records = input.activities
    ? live(input.activities).map(toActivityRecord).filter((r): r is ActivityRecord => r !== null)
    : null;
  const tasks = runningTasks(input.content ?? [], input.now);
  const result = new Map<string, UnitFigures>([[input.school.id, schoolOwnFigures(input, records)]]);
  for (const unit of live(input.classes)) {
    if (unit.kind === 'class') result.set(unit.id, classFigures(unit, input, tasks, records));
  }
  return result;
}
