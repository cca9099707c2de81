import { describe, expect, it, vi } from 'vitest';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { createPerson } from '@/db/repositories/people';
import PersonDetailView from '@/features/roster/PersonDetailView.vue';
import { useSessionStore } from '@/stores/session';
import { idNumberOf, studentInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from './support/perTest';
import { byTestId, mountWithApp, settle, TEST_USER } from './support/mountWithApp';

/** Issue 9.7: a field the role may not read says so, instead of standing empty under "仅在此页完整显示". */
const { f, track } = rosterFixturePerTest();
const ID_NUMBER = idNumberOf('20160901', 11);

async function openStudentPage(asTeacher: boolean): Promise<void> {
  const created = await createPerson(f().ctx, studentInput(f().class1, { name: '张三', idNumber: ID_NUMBER }));
  if (!created.ok) throw new Error('fixture person not created');
  // A teacher's device does not replicate students' identities.
  if (asTeacher) await f().db.identities.findOne(created.person.id).remove();
  const mounted = await mountWithApp(f().db, PersonDetailView, {}, `/people/${created.person.id}`);
  track(mounted);
  if (asTeacher) {
    useSessionStore(mounted.pinia).user = {
      ...TEST_USER, id: 'u-teacher', role: 'teacher', orgId: f().school.id, orgPath: f().school.orgPath, personId: 't-1',
    };
  }
  await vi.waitFor(() => expect(byTestId('person-name').textContent).toBe('张三'));
  await settle();
}

describe('sensitive fields on the person page (issue 9.7)', () => {
  it('shows a teacher 无权查看 for a student’s ID number, phone and student number, and no confidentiality note', async () => {
    await openStudentPage(true);
    expect(byTestId('person-id-number').textContent?.trim()).toBe('无权查看');
    expect(byTestId('person-phone').textContent?.trim()).toBe('无权查看');
    expect(byTestId('person-student-no').textContent?.trim()).toBe('无权查看');
    expect(byTestId('person-sensitive-hint').textContent).not.toContain('仅在此页完整显示');
  });

  it('shows an administrator the full ID number under the confidentiality note', async () => {
    await openStudentPage(false);
    await vi.waitFor(() => expect(byTestId('person-id-number').textContent?.trim()).toBe(ID_NUMBER));
    expect(byTestId('person-sensitive-hint').textContent).toContain('仅在此页完整显示');
  });
});
