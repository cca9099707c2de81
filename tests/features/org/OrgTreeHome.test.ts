import { describe, expect, it, vi } from 'vitest';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { createPerson } from '@/db/repositories/people';
import OrgTree from '@/features/org/OrgTree.vue';
import type { SessionUser } from '@/auth/sessionUser';
import { useOrgSelectionStore } from '@/stores/orgSelection';
import { useSessionStore } from '@/stores/session';
import { teacherInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, mountWithApp, settle, TEST_USER } from '../roster/support/mountWithApp';

/** Issue 9.4: the tree and the selected unit open at the user's own unit, a teacher's at their class. */
const { f, track } = rosterFixturePerTest();

async function openTreeAs(user: SessionUser) {
  const mounted = await mountWithApp(f().db, OrgTree);
  track(mounted);
  // Another user signs in on this device (the mount starts with the county administrator).
  useSessionStore(mounted.pinia).user = user;
  await settle();
  return useOrgSelectionStore(mounted.pinia);
}

const treeText = () => byTestId('org-tree').textContent ?? '';

describe('where the org tree opens (issue 9.4)', () => {
  it('opens a school administrator at their school, with nothing above it in the tree', async () => {
    const store = await openTreeAs({ ...TEST_USER, id: 'u-school', role: 'school_admin', orgId: f().school.id, orgPath: f().school.orgPath });
    await vi.waitFor(() => expect(store.selection?.orgId).toBe(f().school.id));
    expect(store.selection?.kind).toBe('school');
    await vi.waitFor(() => expect(treeText()).toContain('第一小学'));
    expect(treeText()).not.toContain('河南省');
    expect(treeText()).not.toContain('第二小学');
    expect(document.querySelector('[data-testid="org-tree-my-class"]')).toBeNull();
  });

  it('opens a county administrator at the county, not the province', async () => {
    const store = await openTreeAs({ ...TEST_USER, id: 'u-county2', orgId: f().county.id, orgPath: f().county.orgPath });
    await vi.waitFor(() => expect(store.selection?.orgId).toBe(f().county.id));
    expect(treeText()).not.toContain('河南省');
  });

  it('opens a teacher at their own class and offers 我的班级 to come back to it', async () => {
    const created = await createPerson(f().ctx, teacherInput(f().school, { classId: f().class2.id, grade: 'P3', isHeadTeacher: true }));
    if (!created.ok) throw new Error('fixture teacher not created');
    const store = await openTreeAs({
      ...TEST_USER, id: 'u-teacher', role: 'teacher', orgId: f().school.id, orgPath: f().school.orgPath, personId: created.person.id,
    });
    await vi.waitFor(() => expect(store.selection?.orgId).toBe(f().class2.id));
    expect(store.selection?.kind).toBe('class');

    // The teacher looks at the whole school, then comes back with one click.
    store.select({ orgId: f().school.id, orgPath: f().school.orgPath, kind: 'school', name: f().school.name });
    await settle();
    expect(store.selection?.orgId).toBe(f().school.id);
    byTestId('org-tree-my-class').click();
    await settle();
    expect(store.selection?.orgId).toBe(f().class2.id);
    expect(byTestId('org-tree-my-class').textContent).toContain('我的班级');
  });
});
