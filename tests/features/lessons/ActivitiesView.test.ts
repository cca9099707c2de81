import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordActivity } from '@/db/repositories/education';
import ActivitiesView from '@/features/lessons/ActivitiesView.vue';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { publishCountyActivity } from './support/activities';
import { addStudents } from './support/students';
import { byTestId, click, mountWithApp, typeInto } from '../roster/support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const LESSON = 'builtin-drowning-lower';
const { f, track } = rosterFixturePerTest();
let ids: string[] = [];
beforeEach(async () => {
  ids = await addStudents(f(), f().class1, ['张小明', '李小红']);
});

describe('ActivitiesView (a county administrator)', () => {
  it('sums a special activity’s completion over the classes below, counting only students who did every step', async () => {
    const activity = await publishCountyActivity(f(), '防溺水专项教育', '学习并回执', [{ kind: 'lesson', lessonId: LESSON }, { kind: 'acknowledgement' }]);
    const [done = '', half = ''] = ids;
    const place = { orgPath: f().class1.orgPath };
    await recordActivity(f().ctx, { kind: 'completion', refId: LESSON, subjectId: done, ...place, data: { via: 'self' } });
    await recordActivity(f().ctx, { kind: 'acknowledgement', refId: activity.id, subjectId: done, ...place, data: { via: 'student_account' } });
    await recordActivity(f().ctx, { kind: 'completion', refId: LESSON, subjectId: half, ...place, data: { via: 'self' } });

    const mounted = await mountWithApp(f().db, ActivitiesView);
    track(mounted);
    await expect.poll(() => byTestId('activities-table').textContent).toContain('防溺水专项教育');
    expect(byTestId('activities-table').textContent).toContain('1 / 2 (50%)');
  });

  it('publishes a safety notice for the whole county', async () => {
    const mounted = await mountWithApp(f().db, ActivitiesView);
    track(mounted);
    await click('publish-open');
    await click('publish-kind-notice');
    await typeInto('publish-title', '假期安全提醒');
    await typeInto('publish-text', '请家长提醒孩子不私自下水。');
    await click('publish-save');
    await expect.poll(async () => (await f().db.content.find({ selector: { kind: 'notice' } }).exec()).map((d) => d.toJSON())).toEqual([
      expect.objectContaining({ title: '假期安全提醒', orgPath: f().county.orgPath, body: { message: '请家长提醒孩子不私自下水。' } }),
    ]);
    await expect.poll(() => byTestId('activities-table').textContent).toContain('0 / 2');
  });
});
