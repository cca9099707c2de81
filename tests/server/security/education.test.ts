/**
 * Issue 10 — who may publish safety education and who may record it. Each
 * case is the request another role, unit or student would send, and the
 * server's refusal; the lawful twin is accepted beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentDoc } from '@/domain/schemas';
import { commit } from '../../../sync-server/src/replication/commit';
import { writeDocs } from '../../../sync-server/src/replication/docs';
import { ACTIVITY_DATA, activity, base, by, LESSON_ID, PATHS, person, type Wire } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

const DAY = 86_400_000;
const NOW = 1_700_000_000_000;

function content(id: string, orgPath: string, kind: ContentDoc['kind'], body: Record<string, unknown>, extra: Partial<ContentDoc> = {}): Wire<ContentDoc> {
  return {
    ...base(id, orgPath),
    kind,
    title: `内容${id}`,
    topic: 'drowning',
    status: 'published',
    startsAt: NOW,
    endsAt: NOW + 30 * DAY,
    body,
    deletedAt: 0,
    _deleted: false,
    ...extra,
  };
}

const notice = (id: string, orgPath: string) => content(id, orgPath, 'notice', { message: '暑假将至，请家长提醒孩子不私自下水。' });
const assignment = (id: string, orgPath: string, lessonId = LESSON_ID) => content(id, orgPath, 'assignment', { lessonId });
const campaign = (id: string, orgPath: string) =>
  content(id, orgPath, 'special_activity', {
    description: '防溺水专项教育',
    bands: [],
    steps: [{ kind: 'lesson', lessonId: LESSON_ID }, { kind: 'acknowledgement' }],
  });

const codes = (res: { refused: { id: string; code: string }[] }) => res.refused.map((r) => [r.id, r.code]);

describe.each(STORAGE_KINDS)('safety education write rules (%s)', (kind) => {
  let h: Harness;
  let county: string;
  let schoolA: string;
  let teacherA: string;
  let teacherB: string;
  let student: string;
  let room: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    county = await h.login('county1');
    schoolA = await h.login('schoola');
    teacherA = await h.login('teachera');
    teacherB = await h.login('teacherb');
    student = await h.login('studenta1');
    room = await h.login('rooma');
  });
  afterAll(async () => h?.close());

  it('lets only county or higher administrators publish special activities, within their subtree', async () => {
    const bySchool = by('schoola', campaign('sa-school', PATHS.schoolA));
    expect(codes(await h.push('content', [row(bySchool)], schoolA))).toEqual([['sa-school', 'publisher_level']]);
    const byTeacher = by('teachera', campaign('sa-teacher', PATHS.classA));
    expect(codes(await h.push('content', [row(byTeacher)], teacherA))).toEqual([['sa-teacher', 'publisher_role']]);
    const noDeadline = by('county1', { ...campaign('sa-open', PATHS.county), endsAt: 0 });
    const fine = by('county1', campaign('sa-county', PATHS.county));
    expect(codes(await h.push('content', [row(noDeadline), row(fine)], county))).toEqual([['sa-open', 'invalid_window']]);
    // The teacher's class reads it.
    expect((await h.pullAll('content', teacherA)).map((d) => d.id)).toContain('sa-county');
  });

  it('lets a teacher assign and notify only their own class, and only lessons that exist there', async () => {
    const otherClass = by('teacherb', assignment('as-b', PATHS.classA));
    expect(codes(await h.push('content', [row(otherClass)], teacherB))).toEqual([['as-b', 'out_of_scope']]);
    const ownSchoolNotClass = by('teachera', notice('nt-school', PATHS.schoolA));
    const ghostLesson = by('teachera', assignment('as-ghost', PATHS.classA, 'lesson-nowhere'));
    const badBody = by('teachera', { ...assignment('as-bad', PATHS.classA), body: { lessonId: LESSON_ID, extra: 1 } });
    const fine = by('teachera', assignment('as-a', PATHS.classA));
    const fineNotice = by('teachera', notice('nt-a', PATHS.classA));
    expect(codes(await h.push('content', [row(ownSchoolNotClass), row(ghostLesson), row(badBody), row(fine), row(fineNotice)], teacherA))).toEqual([
      ['nt-school', 'not_own_class'],
      ['as-ghost', 'invalid_lesson'],
      ['as-bad', 'invalid_body'],
    ]);
    // A checklist is not the teacher's to publish.
    const checklist = by('teachera', content('cl-a', PATHS.classA, 'checklist', {}));
    expect(codes(await h.push('content', [row(checklist)], teacherA))).toEqual([['cl-a', 'publisher_role']]);
    // Students and classroom devices publish nothing: the whole request is refused.
    for (const [user, token] of [['studenta1', student], ['rooma', room]] as const) {
      const forged = by(user, notice(`nt-${user}`, PATHS.classA));
      expect((await h.push('content', [row(forged)], token)).status).toBe(403);
    }
  });

  it('keeps attempts and completions append-only: a replay is acknowledged, a rewrite or deletion refused', async () => {
    const attempt = by('studenta1', activity('at-1', PATHS.classA, 'attempt', 's-a1'));
    expect((await h.push('activities', [row(attempt)], student)).body).toEqual({ conflicts: [], refused: [] });
    expect((await h.push('activities', [row(attempt)], student)).body).toEqual({ conflicts: [], refused: [] });
    const rewritten = by('studenta1', { ...attempt, data: { ...ACTIVITY_DATA.attempt, passed: false } }, attempt);
    const deleted = by('studenta1', { ...attempt, _deleted: true }, attempt);
    expect(codes(await h.push('activities', [row(rewritten, attempt)], student))).toEqual([['at-1', 'append_only']]);
    expect(codes(await h.push('activities', [row(deleted, attempt)], student))).toEqual([['at-1', 'append_only']]);
    // The school's administrator may not rewrite it either.
    const byAdmin = by('schoola', { ...attempt, data: { ...ACTIVITY_DATA.attempt, passed: false } }, attempt);
    expect(codes(await h.push('activities', [row(byAdmin, attempt)], schoolA))).toEqual([['at-1', 'append_only']]);
    const stored = (await h.pullAll('activities', student)).filter((d) => d.id === 'at-1');
    expect(stored).toEqual([expect.objectContaining({ data: ACTIVITY_DATA.attempt })]);
  });

  it('lets a student and the classroom computer record only students of their own class, with valid data', async () => {
    const forClassmate = by('studenta1', activity('at-mate', PATHS.classA, 'attempt', 's-a2'));
    expect(codes(await h.push('activities', [row(forClassmate)], student))).toEqual([['at-mate', 'out_of_scope']]);
    const roomOtherClass = by('rooma', activity('at-room-b', PATHS.classB, 'attempt', 's-b1'));
    const roomBadScore = by('rooma', activity('at-room-bad', PATHS.classA, 'attempt', 's-a2', { ...ACTIVITY_DATA.attempt, correct: 0 }));
    const roomAsTeacher = by('rooma', activity('cp-room-t', PATHS.classA, 'completion', 's-a2', { via: 'teacher' }));
    const roomGhostLesson = by('rooma', activity('at-room-ghost', PATHS.classA, 'attempt', 's-a2', ACTIVITY_DATA.attempt, 'nowhere'));
    const roomFine = by('rooma', activity('at-room', PATHS.classA, 'attempt', 's-a2'));
    expect(codes(await h.push('activities', [row(roomOtherClass), row(roomBadScore), row(roomAsTeacher), row(roomGhostLesson), row(roomFine)], room))).toEqual([
      ['at-room-b', 'out_of_scope'],
      ['at-room-bad', 'invalid_data'],
      ['cp-room-t', 'invalid_via'],
      ['at-room-ghost', 'invalid_reference'],
    ]);
    // An attempt is about a student, never a class.
    const aboutClass = by('rooma', activity('at-room-cls', PATHS.classA, 'attempt', 'cls-a1'));
    expect(codes(await h.push('activities', [row(aboutClass)], room))).toEqual([['at-room-cls', 'invalid_subject']]);
  });

  it('lets a teacher record sessions only for their class, with only its students present', async () => {
    const otherTeacher = by('teacherb', activity('ss-b', PATHS.classA, 'lesson_session', 'cls-a1'));
    expect(codes(await h.push('activities', [row(otherTeacher)], teacherB))).toEqual([['ss-b', 'out_of_scope']]);
    const strangerPresent = by('teachera', activity('ss-x', PATHS.classA, 'lesson_session', 'cls-a1', { presentStudentIds: ['s-b1'], testRun: true }));
    const attemptForStudent = by('teachera', activity('at-t', PATHS.classA, 'attempt', 's-a1'));
    const fine = by('teachera', activity('ss-a', PATHS.classA, 'lesson_session', 'cls-a1', { presentStudentIds: ['s-a1', 's-a2'], testRun: true }));
    const slip = by('teachera', activity('ak-slip', PATHS.classA, 'acknowledgement', 's-a1', { via: 'paper_slip', guardian: '测甲妈妈' }, 'nt-a'));
    expect(codes(await h.push('activities', [row(strangerPresent), row(attemptForStudent), row(fine), row(slip)], teacherA))).toEqual([
      ['ss-x', 'invalid_student'],
      ['at-t', 'forbidden_kind'],
    ]);
    // A session stays correctable (a mis-ticked name), but keeps its class and lesson.
    const corrected = by('teachera', { ...fine, data: { presentStudentIds: ['s-a1'], testRun: true } }, fine);
    const moved = by('teachera', { ...fine, refId: 'builtin-fire-upper' }, fine);
    expect(codes(await h.push('activities', [row(corrected, fine)], teacherA))).toEqual([]);
    expect(codes(await h.push('activities', [row(moved, corrected)], teacherA))).toEqual([['ss-a', 'record_identity']]);
  });

  it('gives the classroom computer its class’s names without even masked ID numbers or phones', async () => {
    const masked = { ...person('s-a1', 'student', PATHS.classA, 'sch-a', 'cls-a1'), idMasked: '1101**********002X', phoneMasked: '138****0000' };
    await commit(h.storage, h.app.hub, (tx, changes) => writeDocs(tx, changes, 'people', [masked]));
    const onRoom = (await h.pullAll('people', room)).find((p) => p.id === 's-a1');
    expect(onRoom).toMatchObject({ name: masked.name, idMasked: '', phoneMasked: '' });
    expect((await h.pullAll('people', schoolA)).find((p) => p.id === 's-a1')).toMatchObject({ idMasked: '1101**********002X' });
  });

  it('accepts an acknowledgement only for a notice or activity its student’s class reads', async () => {
    const otherSchoolNotice = by('schoolb', notice('nt-b', PATHS.schoolB));
    expect(codes(await h.push('content', [row(otherSchoolNotice)], await h.login('schoolb')))).toEqual([]);
    const foreign = by('studenta1', activity('ak-foreign', PATHS.classA, 'acknowledgement', 's-a1', ACTIVITY_DATA.acknowledgement, 'nt-b'));
    const fine = by('studenta1', activity('ak-own', PATHS.classA, 'acknowledgement', 's-a1', ACTIVITY_DATA.acknowledgement, 'nt-a'));
    expect(codes(await h.push('activities', [row(foreign), row(fine)], student))).toEqual([['ak-foreign', 'invalid_reference']]);
  });
});
