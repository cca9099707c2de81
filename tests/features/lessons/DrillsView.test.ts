import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { monthKeyOf } from '@/domain/activities';
import { recordActivity } from '@/db/repositories/education';
import DrillsView from '@/features/lessons/DrillsView.vue';
import { useSessionStore } from '@/stores/session';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { addStudents } from './support/students';
import { byTestId, click, mountWithApp, settle, TEST_USER, typeInto } from '../roster/support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, track } = rosterFixturePerTest();
beforeEach(async () => {
  await addStudents(f(), f().class1, ['张小明', '李小红']);
});

describe('DrillsView', () => {
  it('records a drill with each class’s headcount and shows the month’s rule as met', async () => {
    const mounted = await mountWithApp(f().db, DrillsView);
    track(mounted);
    useSessionStore(mounted.pinia).user = { ...TEST_USER, role: 'school_admin', orgId: f().school.id, orgPath: f().school.orgPath };
    const month = monthKeyOf(Date.now());
    await expect.poll(() => document.querySelector(`[data-testid="drill-month-${month}"]`)?.textContent).toContain('本月尚未演练');

    await click('drill-add');
    await typeInto('drill-plan', '火灾疏散预案');
    await typeInto('drill-place', '操场');
    await typeInto('drill-commander', '王校长');
    await click('drill-save');
    await settle();

    const [drill] = (await f().db.activities.find({ selector: { kind: 'drill' } }).exec()).map((d) => d.toJSON());
    expect(drill).toMatchObject({ subjectId: f().school.id, orgPath: f().school.orgPath, refId: '' });
    expect(drill?.data).toMatchObject({
      planName: '火灾疏散预案',
      drillType: 'fire',
      participants: 2,
      classHeadcounts: expect.arrayContaining([{ classId: f().class1.id, expected: 2, present: 2 }]),
    });
    await expect.poll(() => byTestId('drill-table').textContent).toContain('火灾疏散预案');
    await expect.poll(() => byTestId(`drill-month-${month}`).textContent).toContain('已演练');
  });

  it('shows a drill’s photos in the register', async () => {
    const photo = { hash: 'cd'.repeat(32), mime: 'image/jpeg' as const, bytes: 1000, width: 800, height: 600 };
    const data = { planName: '地震疏散预案', drillType: 'earthquake' as const, place: '操场', commander: '王校长', participants: 0, classHeadcounts: [], problems: '', improvements: '', photos: [photo] };
    // Offline: the thumbnail is there, its image is not yet on this device.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const drill = await recordActivity(f().ctx, { kind: 'drill', refId: '', subjectId: f().school.id, orgPath: f().school.orgPath, data });
    const mounted = await mountWithApp(f().db, DrillsView);
    track(mounted);
    useSessionStore(mounted.pinia).user = { ...TEST_USER, role: 'school_admin', orgId: f().school.id, orgPath: f().school.orgPath };
    await expect.poll(() => document.querySelector(`[data-testid="drill-photos-${drill.id}"] [data-testid="photo-thumb"]`)?.getAttribute('data-hash')).toBe(photo.hash);
  });
});
