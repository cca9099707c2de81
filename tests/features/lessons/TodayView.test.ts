import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordActivity } from '@/db/repositories/education';
import { createPerson } from '@/db/repositories/people';
import TodayView from '@/features/lessons/TodayView.vue';
import { useSessionStore } from '@/stores/session';
import { teacherInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { publishCountyActivity } from './support/activities';
import { addStudents } from './support/students';
import { byTestId, mountWithApp, TEST_USER } from '../roster/support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const DROWNING = 'builtin-drowning-lower';
const FIRE = 'builtin-fire-upper';
const { f, track } = rosterFixturePerTest();
let students: string[] = [];
let teacherId = '';
beforeEach(async () => {
  students = await addStudents(f(), f().class1, ['张小明', '李小红', '王小刚']);
  const teacher = await createPerson(f().ctx, teacherInput(f().school, { classId: f().class1.id, grade: 'P3' }));
  if (!teacher.ok) throw new Error('fixture teacher not created');
  teacherId = teacher.person.id;
});

describe('TodayView (a class teacher)', () => {
  it('shows every ordered step of a special activity from above with how many of the class did each', async () => {
    const activity = await publishCountyActivity(f(), '安全教育月', '两课一测一回执', [
      { kind: 'lesson', lessonId: DROWNING },
      { kind: 'lesson', lessonId: FIRE },
      { kind: 'test', lessonId: FIRE },
      { kind: 'acknowledgement' },
    ]);
    const [a = '', b = '', c = ''] = students;
    const place = { orgPath: f().class1.orgPath };
    // Everyone saw the drowning lesson in class; two of them also saw the fire lesson and ran its test there.
    await recordActivity(f().ctx, { kind: 'lesson_session', refId: DROWNING, subjectId: f().class1.id, ...place, data: { presentStudentIds: [a, b, c], testRun: false } });
    await recordActivity(f().ctx, { kind: 'lesson_session', refId: FIRE, subjectId: f().class1.id, ...place, data: { presentStudentIds: [a, b], testRun: true } });
    await recordActivity(f().ctx, { kind: 'acknowledgement', refId: activity.id, subjectId: a, ...place, data: { via: 'paper_slip' } });

    const mounted = await mountWithApp(f().db, TodayView);
    track(mounted);
    useSessionStore(mounted.pinia).user = { ...TEST_USER, role: 'teacher', orgId: f().school.id, orgPath: f().school.orgPath, personId: teacherId };

    const step = (i: number) => document.querySelector(`[data-testid="step-${activity.id}-${i}"]`)?.textContent ?? '';
    await expect.poll(() => step(3)).toContain('家长回执');
    await expect.poll(() => step(1)).toContain('火灾中逃生');
    expect([0, 1, 2, 3].map((i) => step(i).match(/\d+ \/ \d+/)?.[0])).toEqual(['3 / 3', '2 / 3', '2 / 3', '1 / 3']);
    expect(step(0)).toContain('远离危险水域');
    expect(step(2)).toContain('技能测试');
    // Each lesson step leads to classroom mode for its own lesson, not only the first.
    expect(byTestId(`run-${activity.id}-1`)).toBeTruthy();
    expect(document.querySelector(`[data-testid="run-${activity.id}-3"]`)).toBeNull();
    expect(byTestId(`task-${activity.id}`).querySelector('[data-testid="task-completion"]')?.textContent).toBe('1 / 3');
  });
});
