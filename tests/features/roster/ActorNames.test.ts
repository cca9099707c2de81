import { describe, expect, it, vi } from 'vitest';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { createPerson } from '@/db/repositories/people';
import type { AccountDoc } from '@/domain/schemas';
import PersonDetailView from '@/features/roster/PersonDetailView.vue';
import { idNumberOf, studentInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from './support/perTest';
import { byTestId, mountWithApp, settle } from './support/mountWithApp';

/** Issue 9.6: 录入人 and 审核人 read as a person and a unit, never as an account id. */
const { f, track } = rosterFixturePerTest();

function account(id: string, displayName: string, orgId: string, orgPath: string): AccountDoc {
  return {
    id, orgPath, createdAt: 1, createdBy: 'seed', modifiedAt: 1, modifiedBy: 'seed',
    role: 'county_admin', orgId, personId: '', displayName, requestedUsername: '', username: 'x', status: 'active',
    mustChangePassword: false, initialPassword: '', disabledAt: 0,
  };
}

async function openRecordEnteredBy(actor: string): Promise<string> {
  const created = await createPerson({ db: f().db, actor }, studentInput(f().class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
  if (!created.ok) throw new Error('fixture person not created');
  const mounted = await mountWithApp(f().db, PersonDetailView, {}, `/people/${created.person.id}`);
  track(mounted);
  await vi.waitFor(() => expect(byTestId('person-name').textContent).toBe('张三'));
  await settle();
  return document.body.textContent ?? '';
}

describe('who entered a record (issue 9.6)', () => {
  it('names the person and the unit of an account this device knows', async () => {
    await f().db.accounts.insert(account('account-demo-township', '王乡长', f().county.id, f().county.orgPath));
    await openRecordEnteredBy('account-demo-township');
    await vi.waitFor(() => expect(byTestId('person-history').textContent).toContain('王乡长（浉河区）'));
    expect(document.body.textContent).not.toContain('account-demo-township');
  });

  it('never shows the raw id of an account it does not know', async () => {
    const text = await openRecordEnteredBy('account-demo-township');
    expect(text).not.toContain('account-demo-township');
    expect(byTestId('person-history').textContent).toContain('其他单位的账号');
  });
});
