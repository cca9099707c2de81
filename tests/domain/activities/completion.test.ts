import { describe, expect, it } from 'vitest';
import { classCompletion, stepCompletion, studentsToComplete, sumCompletion, type RosterPerson } from '@/domain/activities/completion';
import { assignmentTask, noticeTask, specialActivityTask, type CompletionTask } from '@/domain/activities/plans';
import type { ActivityDataByKind, ActivityRecord } from '@/domain/activities/records';

const DAY = 86_400_000;
const T0 = Date.parse('2025-06-01T00:00:00+08:00');
const DEADLINE = T0 + 30 * DAY; // 1 July 00:00: "by 30 June"
const MID = T0 + 10 * DAY;

const person = (id: string, extra: Partial<RosterPerson> = {}): RosterPerson => ({
  id,
  kind: 'student',
  classId: 'c1',
  createdAt: T0 - 100 * DAY,
  deletedAt: 0,
  ...extra,
});

const people: RosterPerson[] = [
  person('s1'),
  person('s2'),
  person('s3'),
  person('s4'),
  person('t1', { kind: 'teacher' }),
  person('s5', { classId: 'c2' }),
  person('s6', { createdAt: DEADLINE + DAY }), // joined after the deadline
  person('s7', { deletedAt: MID - DAY }), // left during the activity
  person('s8', { deletedAt: DEADLINE + DAY }), // left after the deadline
];

let nextId = 0;
function record<K extends keyof ActivityDataByKind>(
  kind: K,
  refId: string,
  subjectId: string,
  data: ActivityDataByKind[K],
  happenedAt = MID,
  deletedAt = 0,
): ActivityRecord {
  return { id: `r${nextId++}`, kind, refId, subjectId, happenedAt, deletedAt, data } as ActivityRecord;
}

const doc = { id: 'act-summer', startsAt: T0, endsAt: DEADLINE };
const campaign: CompletionTask = specialActivityTask(doc, {
  description: '暑期防溺水专项活动',
  bands: [],
  steps: [{ kind: 'lesson', lessonId: 'L' }, { kind: 'test', lessonId: 'L' }, { kind: 'acknowledgement' }],
});

const attempt = { answers: {}, correct: 0, total: 1, passed: false, missed: ['q1'] };
const ack = (studentId: string, happenedAt = MID, refId = doc.id) =>
  record('acknowledgement', refId, studentId, { via: 'student_account' }, happenedAt);

const records: ActivityRecord[] = [
  // s1 on their own: lesson, test, family acknowledgement.
  record('completion', 'L', 's1', { via: 'self' }),
  record('attempt', 'L', 's1', attempt),
  ack('s1'),
  // s2 and s3 in a whole-class session; the test was run with the class.
  record('lesson_session', 'L', 'c1', { presentStudentIds: ['s2', 's3', 's8'], testRun: true }),
  ack('s2'),
  // s3's acknowledgement was deleted, and one answers another notice.
  record('acknowledgement', doc.id, 's3', { via: 'paper_slip' }, MID, MID + DAY),
  ack('s3', MID, 'other-notice'),
  // s4 did everything, but after the deadline.
  record('completion', 'L', 's4', { via: 'self' }, DEADLINE),
  record('attempt', 'L', 's4', attempt, DEADLINE + DAY),
  ack('s4', DEADLINE + 2 * DAY),
  // s8 finished in time and was removed from the roster after the deadline.
  ack('s8'),
  // A drill and a record for another lesson change nothing.
  record('drill', '', 'school', {
    planName: '演练', drillType: 'fire', place: '操场', commander: '校长', participants: 1,
    classHeadcounts: [], problems: '', improvements: '', photos: [],
  }),
  record('completion', 'other-lesson', 's3', { via: 'self' }),
];

describe('studentsToComplete', () => {
  it('takes the students of the class on the roster at that instant', () => {
    expect(studentsToComplete(people, 'c1', MID)).toEqual(['s1', 's2', 's3', 's4', 's8']);
    expect(studentsToComplete(people, 'c1', DEADLINE + 2 * DAY)).toEqual(['s1', 's2', 's3', 's4', 's6']);
    expect(studentsToComplete(people, 'c1', MID - 2 * DAY)).toContain('s7');
  });
});

describe('classCompletion', () => {
  it('counts each step from own work or presence at a session, within the window', () => {
    const result = classCompletion(campaign, 'c1', people, records, MID + DAY);
    expect(result.students).toEqual([
      { studentId: 's1', steps: [true, true, true], completed: true },
      { studentId: 's2', steps: [true, true, true], completed: true },
      { studentId: 's3', steps: [true, true, false], completed: false },
      { studentId: 's4', steps: [false, false, false], completed: false },
      { studentId: 's8', steps: [true, true, true], completed: true },
    ]);
    expect(result).toMatchObject({ classId: 'c1', shouldComplete: 5, completed: 3, rate: 0.6 });
  });

  it('needs the test run at the session for the test step', () => {
    const noTest = records.map((r) => (r.kind === 'lesson_session' ? { ...r, data: { ...r.data, testRun: false } } : r));
    const s2 = classCompletion(campaign, 'c1', people, noTest, MID).students.find((s) => s.studentId === 's2');
    expect(s2?.steps).toEqual([true, false, true]);
  });

  it('freezes the rate at the deadline: late work and later roster changes do not move it', () => {
    const atDeadline = classCompletion(campaign, 'c1', people, records, DEADLINE);
    const muchLater = classCompletion(campaign, 'c1', people, [...records, ack('s3', DEADLINE + 5 * DAY)], DEADLINE + 100 * DAY);
    expect(muchLater).toEqual(atDeadline);
    expect(atDeadline).toMatchObject({ shouldComplete: 5, completed: 3 });
  });

  it('counts in-time work that is uploaded after the deadline', () => {
    const before = classCompletion(campaign, 'c1', people, records, DEADLINE + DAY);
    const uploadedLate = classCompletion(campaign, 'c1', people, [...records, ack('s3', DEADLINE - 1)], DEADLINE + DAY);
    expect([before.completed, uploadedLate.completed]).toEqual([3, 4]);
  });

  it('counts nothing done before the activity began', () => {
    const early = [record('completion', 'L', 's1', { via: 'self' }, T0 - 1), record('attempt', 'L', 's1', attempt, T0 - 1), ack('s1', T0 - 1)];
    expect(classCompletion(campaign, 'c1', people, early, MID).students[0]?.completed).toBe(false);
  });

  it('completes an assigned lesson by a session alone', () => {
    const task = assignmentTask({ id: 'asg-1', startsAt: T0, endsAt: 0 }, { lessonId: 'L' });
    const result = classCompletion(task, 'c1', people, records, DEADLINE + 10 * DAY);
    // Open-ended: s4's completion after the campaign deadline counts here.
    expect(result.students.filter((s) => s.completed).map((s) => s.studentId)).toEqual(['s1', 's2', 's3', 's4']);
    expect(result.rate).toBe(4 / 5);
  });

  it('counts a family once however many acknowledgements it sent', () => {
    const notice = noticeTask({ id: 'notice-1', startsAt: T0, endsAt: DEADLINE });
    const acks = [
      ack('s1', MID, 'notice-1'),
      record('acknowledgement', 'notice-1', 's1', { via: 'paper_slip', guardian: '爸爸' }),
      ack('s2', T0 - 1, 'notice-1'),
    ];
    expect(classCompletion(notice, 'c1', people, acks, MID)).toMatchObject({ shouldComplete: 5, completed: 1, rate: 0.2 });
  });

  it('has no rate for a class with nobody to complete', () => {
    expect(classCompletion(campaign, 'empty', people, records, MID)).toEqual({
      classId: 'empty',
      shouldComplete: 0,
      completed: 0,
      rate: null,
      students: [],
    });
  });
});

describe('sumCompletion', () => {
  it('adds counts rather than averaging rates', () => {
    expect(sumCompletion([{ shouldComplete: 10, completed: 10 }, { shouldComplete: 50, completed: 20 }])).toEqual({
      shouldComplete: 60,
      completed: 30,
      rate: 0.5,
    });
    expect(sumCompletion([])).toEqual({ shouldComplete: 0, completed: 0, rate: null });
  });
});

describe('stepCompletion', () => {
  it('counts per step, in step order, who of the class did it', () => {
    const students = [
      { studentId: 'a', steps: [true, true, false], completed: false },
      { studentId: 'b', steps: [true, false, false], completed: false },
    ];
    expect(stepCompletion({ students }, 3)).toEqual([
      { shouldComplete: 2, completed: 2, rate: 1 },
      { shouldComplete: 2, completed: 1, rate: 0.5 },
      { shouldComplete: 2, completed: 0, rate: 0 },
    ]);
    expect(stepCompletion({ students: [] }, 1)).toEqual([{ shouldComplete: 0, completed: 0, rate: null }]);
  });
});
