import type { PersonDoc } from '../schemas/people';
import type { ActivityStep, CompletionTask } from './plans';
import type { ActivityRecord } from './records';
import { isInWindow, rosterInstant } from './window';

/**
 * Completion of a task (assignment, special activity 专项活动, notice) per
 * class: rate = completed / should complete.
 *
 * Who should complete: the students whose record places them in the class
 * (`PersonDoc.classId`, kind 'student'), created and not deleted at the
 * roster instant. Review status (审核) does not matter: an unreviewed
 * student is still in the classroom.
 *
 * What completes a step, counting only records not deleted and that
 * happened inside the task's window:
 * - lesson: a `completion` of the lesson by the student, or presence at a
 *   whole-class `lesson_session` of the lesson (the teacher ticked them);
 * - test: an `attempt` at the lesson's test (any score: the test teaches,
 *   it does not gate), or presence at a session where the teacher ran it;
 * - acknowledgement: an `acknowledgement` referring to the task itself.
 * A student has completed the task when every step is complete; the order
 * of steps guides the student and is not enforced here.
 *
 * Past the deadline a task stops counting. Precisely:
 * 1. Work dated after `endsAt` (or before `startsAt`) counts for nothing;
 *    work dated inside the window counts even if it reaches the server
 *    later, from a classroom computer that was offline. The date is the
 *    recording device's `happenedAt`.
 * 2. Who should complete is the roster as it stood at the deadline:
 *    students added later are not expected, students removed later still are.
 * 3. So an ended task's rate no longer moves: evaluated at any time after
 *    the deadline it gives the result it had at the deadline.
 * 4. An ended task is no longer running (`windowPhase` = 'ended'): it leaves
 *    the to-do lists, and statistics of current work take running tasks only;
 *    its frozen rate remains for history and reports.
 *
 * The per-student detail is for the teacher's own report; the product never
 * publishes a list naming students who have not completed.
 */
export type RosterPerson = Pick<PersonDoc, 'id' | 'kind' | 'classId' | 'createdAt' | 'deletedAt'>;

export interface StudentProgress {
  studentId: string;
  /** One flag per task step, in step order. */
  steps: boolean[];
  completed: boolean;
}

export interface CompletionCount {
  shouldComplete: number;
  completed: number;
  /** completed / shouldComplete, or null when nobody should complete (not 0 %, not 100 %). */
  rate: number | null;
}

export interface ClassCompletion extends CompletionCount {
  classId: string;
  students: StudentProgress[];
}

/** Students of `classId` on the roster at instant `at`, in input order. */
export function studentsToComplete(people: readonly RosterPerson[], classId: string, at: number): string[] {
  return people
    .filter(
      (person) =>
        person.kind === 'student' &&
        person.classId === classId &&
        person.createdAt <= at &&
        (person.deletedAt === 0 || person.deletedAt > at),
    )
    .map((person) => person.id);
}

/** Who did what within the window, indexed for step look-ups. */
class WorkIndex {
  private readonly done = new Set<string>();

  constructor(task: CompletionTask, records: readonly ActivityRecord[]) {
    for (const record of records) {
      if (record.deletedAt !== 0 || !isInWindow(task.window, record.happenedAt)) continue;
      switch (record.kind) {
        case 'completion':
          this.add('lesson', record.refId, record.subjectId);
          break;
        case 'attempt':
          this.add('test', record.refId, record.subjectId);
          break;
        case 'lesson_session':
          for (const studentId of record.data.presentStudentIds) {
            this.add('lesson', record.refId, studentId);
            if (record.data.testRun) this.add('test', record.refId, studentId);
          }
          break;
        case 'acknowledgement':
          if (record.refId === task.id) this.add('acknowledgement', '', record.subjectId);
          break;
        case 'drill':
        case 'student_pin':
          break;
      }
    }
  }

  private add(kind: ActivityStep['kind'], ref: string, studentId: string): void {
    this.done.add(JSON.stringify([kind, ref, studentId]));
  }

  has(step: ActivityStep, studentId: string): boolean {
    const ref = step.kind === 'acknowledgement' ? '' : step.lessonId;
    return this.done.has(JSON.stringify([step.kind, ref, studentId]));
  }
}

export function completionCount(shouldComplete: number, completed: number): CompletionCount {
  return { shouldComplete, completed, rate: shouldComplete === 0 ? null : completed / shouldComplete };
}

/**
 * A class's completion of `task` at time `now`. `people` and `records` may
 * hold more than the class (the school's, say): only what concerns the
 * class's students is used.
 */
export function classCompletion(
  task: CompletionTask,
  classId: string,
  people: readonly RosterPerson[],
  records: readonly ActivityRecord[],
  now: number,
): ClassCompletion {
  const work = new WorkIndex(task, records);
  const students = studentsToComplete(people, classId, rosterInstant(task.window, now)).map((studentId): StudentProgress => {
    const steps = task.steps.map((step) => work.has(step, studentId));
    return { studentId, steps, completed: steps.every(Boolean) };
  });
  const completed = students.filter((student) => student.completed).length;
  return { classId, ...completionCount(students.length, completed), students };
}

/**
 * Roll counts up (classes → school → county …) by adding numerators and
 * denominators: averaging rates would weigh a class of 10 like one of 50.
 */
export function sumCompletion(parts: readonly Pick<CompletionCount, 'shouldComplete' | 'completed'>[]): CompletionCount {
  return completionCount(
    parts.reduce((sum, part) => sum + part.shouldComplete, 0),
    parts.reduce((sum, part) => sum + part.completed, 0),
  );
}

/**
 * How many of the class's students have done each step of the task, in step
 * order (for a special activity's ordered steps on the teacher's page): the
 * same per-step flags as `classCompletion`, counted per step.
 */
export function stepCompletion(completion: Pick<ClassCompletion, 'students'>, stepCount: number): CompletionCount[] {
  return Array.from({ length: stepCount }, (_, i) =>
    completionCount(completion.students.length, completion.students.filter((student) => student.steps[i] === true).length),
  );
}
