import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPerson } from '@/db/repositories/people';
import { PICTURES } from '@/domain/activities/picturePasswords';
import { pinRecordId } from '@/domain/activities/pins';
import ClassDeviceView from '@/features/lessons/ClassDeviceView.vue';
import PinCardsDialog from '@/features/lessons/PinCardsDialog.vue';
import { useSessionStore } from '@/stores/session';
import { studentInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, click, mountWithApp, settle, TEST_USER } from '../roster/support/mountWithApp';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, track } = rosterFixturePerTest();
beforeEach(() => localStorage.clear());
const shown = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

async function tapPictures(ids: readonly string[]): Promise<void> {
  for (const id of ids) await click(`picture-${id}`);
  await settle(3);
}

describe('picture passwords on the classroom computer', () => {
  it('prints a grade-3 student’s pictures on the card; the student signs in by tapping them, wrong tries throttled', async () => {
    const created = await createPerson(f().ctx, studentInput(f().class1, { name: '李小花' }));
    if (!created.ok) throw new Error('fixture student not created');
    const student = created.person;

    // The teacher sets the class's secrets: a PIN and, in grade 3, three pictures on each card.
    const cards = await mountWithApp(f().db, PinCardsDialog, { props: { klass: f().class1 } }, '/lessons');
    track(cards);
    await settle(3);
    await click('pins-set-missing');
    await expect.poll(() => byTestId(`pin-card-${student.id}`).querySelectorAll('.pins__picture').length).toBe(3);
    const names = [...byTestId(`pin-card-${student.id}`).querySelectorAll('.pins__picture')].map((el) => el.textContent?.replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').trim());
    const sequence = names.map((name) => PICTURES.find((p) => p.name === name)?.id ?? '');
    expect(sequence.every(Boolean)).toBe(true);
    const stored = (await f().db.activities.findOne(pinRecordId(student.id)).exec())?.toJSON();
    expect(stored?.data).toMatchObject({ salt: expect.any(String), hash: expect.any(String), pictures: { salt: expect.any(String), hash: expect.any(String) } });
    expect(JSON.stringify(stored?.data)).not.toContain(sequence[0]);
    cards.wrapper.unmount();

    // On the class's computer the student taps their name, then pictures.
    const device = await mountWithApp(f().db, ClassDeviceView, {}, '/class-device');
    track(device);
    useSessionStore(device.pinia).user = { ...TEST_USER, role: 'classroom', orgId: f().class1.id, orgPath: f().class1.orgPath, personId: '' };
    await expect.poll(() => document.querySelector(`[data-testid="name-${student.id}"]`)).not.toBeNull();
    await click(`name-${student.id}`);
    await expect.poll(() => document.querySelector('[data-testid="picture-slots"]')).not.toBeNull();
    const wrong = [...sequence].reverse();
    await tapPictures(wrong);
    await expect.poll(() => shown('picture-message')).toContain('密码不对');
    await tapPictures(wrong);
    await tapPictures(wrong);
    await expect.poll(() => shown('picture-message')).toMatch(/请 \d+ 秒后再试/);
    // Throttled: even the right pictures wait.
    await tapPictures(sequence);
    expect(shown('device-student')).toBe('');
    localStorage.clear(); // the wait is over
    await tapPictures(sequence);
    await expect.poll(() => shown('device-student')).toContain('李小花');
  });
});
