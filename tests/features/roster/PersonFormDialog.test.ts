import { describe, expect, it, vi } from 'vitest';

// Element Plus's per-component CSS entry points import .css files, which
// Node cannot load when vitest externalises node_modules; the styles mean
// nothing to happy-dom anyway. (Third-party CSS only: none of our code.)
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { getIdentity } from '@/db/repositories/identities';
import { createPerson, getPerson } from '@/db/repositories/people';
import { applyReviewAction, reviewHistory } from '@/db/repositories/peopleReview';
import PersonFormDialog from '@/features/roster/PersonFormDialog.vue';
import { scopeOf, WHOLE_DEVICE } from '@/features/roster/rosterScope';
import type { PersonDoc } from '@/domain/schemas';
import { idNumberOf, studentInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from './support/perTest';
import { byTestId, click, mountWithApp, settle, TEST_USER, typeInto } from './support/mountWithApp';

const { f, track } = rosterFixturePerTest();

/** The student form opened from the tree's selection of 三年级一班. */
async function openStudentForm() {
  const byId = new Map([[f().class1.id, f().class1]]);
  const scope = scopeOf({ orgId: f().class1.id, orgPath: f().class1.orgPath, kind: 'class', name: f().class1.name }, byId);
  const mounted = await mountWithApp(f().db, PersonFormDialog, {
    props: { modelValue: true, kind: 'student', personId: null, scope },
  });
  track(mounted);
  await settle();
  return mounted;
}

/** The edit form of an existing student, once its record has loaded. */
async function openEditForm(personId: string, name: string) {
  const mounted = await mountWithApp(f().db, PersonFormDialog, {
    props: { modelValue: true, kind: 'student', personId, scope: WHOLE_DEVICE },
  });
  track(mounted);
  // el-input puts the test id on its <input>.
  await vi.waitFor(() => expect((byTestId('person-form-name') as HTMLInputElement).value).toBe(name));
  return mounted;
}

/** A student the township entered (f().ctx) and the school approved. */
async function approvedStudent(name: string): Promise<string> {
  const created = await createPerson(f().ctx, studentInput(f().class1, { name }));
  if (!created.ok) throw new Error('fixture person not created');
  await applyReviewAction(f().ctx, [created.person.id], 'submit');
  await applyReviewAction({ ...f().ctx, actor: 'reviewer' }, [created.person.id], 'approve');
  return created.person.id;
}

/** The open confirmation box (Element Plus teleports it to <body>), once it shows. */
async function messageBox(): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const box = document.querySelector<HTMLElement>('.el-message-box');
    if (!box) throw new Error('no message box yet');
    return box;
  });
}

/** The message under a field; el-form-item shows errors after a 100 ms debounce. */
async function errorUnder(testId: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await settle(1);
  const item = byTestId(testId).closest('.el-form-item');
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? '';
}

async function people(): Promise<PersonDoc[]> {
  return (await f().db.people.find().exec()).map((d) => d.toJSON() as PersonDoc);
}

describe('PersonFormDialog', () => {
  it('refuses an invalid ID number with the Chinese message', async () => {
    await openStudentForm();
    const wrongCheck = idNumberOf('20160901', 12).slice(0, 17) + '0';
    await typeInto('person-form-id-number', wrongCheck);
    expect(await errorUnder('person-form-id-number')).toBe('身份证号校验位不正确，请逐位核对');
    await typeInto('person-form-name', '张三');
    await click('person-form-save');
    expect(await people()).toEqual([]);
    expect(byTestId('person-form')).toBeTruthy(); // still open
  });

  it('fills the gender in from a valid ID number', async () => {
    await openStudentForm();
    await typeInto('person-form-id-number', idNumberOf('20160901', 12), false);
    const female = byTestId('person-form-gender-F');
    expect(female.classList.contains('is-checked')).toBe(true);
    expect(byTestId('person-form-gender-auto').textContent).toContain('已根据身份证号填写');
  });

  it('folds full-width characters and stray spaces when a field is left', async () => {
    await openStudentForm();
    const fullWidth = idNumberOf('20160901', 11).replace(/[0-9X]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
    const idInput = await typeInto('person-form-id-number', ` ${fullWidth.slice(0, 6)}\u3000${fullWidth.slice(6).toLowerCase()} `);
    expect(idInput.value).toBe(idNumberOf('20160901', 11));
    const nameInput = await typeInto('person-form-name', '  张\u3000三 ');
    expect(nameInput.value).toBe('张三');
    const noInput = await typeInto('person-form-student-no', 'ｇ４１１５ ０２');
    expect(noInput.value).toBe('G411502');
  });

  it('saves a valid student into the repository, in the selected class', async () => {
    const { wrapper } = await openStudentForm();
    await typeInto('person-form-name', '王小明');
    await typeInto('person-form-id-number', idNumberOf('20160901', 11).toLowerCase());
    await click('person-form-save');
    // Saving loads pinyin-pro lazily the first time: wait for the write, not a fixed time.
    await vi.waitFor(async () => expect(await people()).toHaveLength(1), { timeout: 10_000 });
    await settle();
    const saved = await people();
    expect(saved[0]).toMatchObject({
      name: '王小明',
      gender: 'M',
      kind: 'student',
      classId: f().class1.id,
      schoolId: f().school.id,
      grade: 'P3',
      className: '一班',
      review: { status: 'draft' },
      enteredBy: TEST_USER.id,
    });
    expect(await getIdentity(f().db, saved[0]?.id ?? '')).toMatchObject({ idNumber: idNumberOf('20160901', 11) });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('refuses an ID number already on file, naming who holds it', async () => {
    await createPerson(f().ctx, studentInput(f().class2, { name: '李四' }));
    await openStudentForm();
    await typeInto('person-form-name', '王小明');
    await typeInto('person-form-id-number', studentInput(f().class2).idNumber);
    await click('person-form-save');
    await vi.waitFor(async () => expect(await errorUnder('person-form-id-number')).toBe('该身份证号已登记：李四（第一小学）'), {
      timeout: 10_000,
    });
    expect(await people()).toHaveLength(1);
  });

  it('follows the ID number with a gender nobody chose, and says where it came from', async () => {
    await openStudentForm();
    await typeInto('person-form-id-number', idNumberOf('20160901', 12), false);
    expect(byTestId('person-form-gender-F').classList.contains('is-checked')).toBe(true);
    // A corrected number corrects the gender it filled in.
    await typeInto('person-form-id-number', '411502201503121233', false);
    expect(byTestId('person-form-gender-M').classList.contains('is-checked')).toBe(true);
    expect(byTestId('person-form-gender-auto').textContent).toContain('已根据身份证号填写');
  });

  it('never overrides a chosen gender from the ID number: it refuses the disagreement on the gender field (issue 9.1)', async () => {
    await openStudentForm();
    await typeInto('person-form-name', '王小红');
    byTestId('person-form-gender-F').querySelector('input')?.click();
    await settle(2);
    // 17th digit 3, odd: the number says male.
    await typeInto('person-form-id-number', '411502201503121233', false);
    expect(byTestId('person-form-gender-F').classList.contains('is-checked')).toBe(true);
    expect(byTestId('person-form-gender-M').classList.contains('is-checked')).toBe(false);
    expect(document.querySelector('[data-testid="person-form-gender-auto"]')).toBeNull();
    expect(await errorUnder('person-form-gender')).toBe('性别与身份证号不符，身份证号显示为男');
    await click('person-form-save');
    await settle();
    expect(await people()).toEqual([]);
    expect(byTestId('person-form')).toBeTruthy(); // still open
  });

  it('asks before an edit sends an approved record back to review, naming the fields; cancel keeps everything (issue 9.2)', async () => {
    const id = await approvedStudent('张三');
    await openEditForm(id, '张三');
    await typeInto('person-form-name', '张三丰');
    await click('person-form-save');
    const box = await messageBox();
    expect(box.querySelector('.el-message-box__message')?.textContent).toBe(
      '此记录已审核通过。修改姓名后将退回“录入”状态，须重新提交审核。确定保存吗？',
    );
    [...box.querySelectorAll('button')].find((b) => b.textContent?.trim() === '取消')?.click();
    await settle();
    expect(await getPerson(f().db, id)).toMatchObject({ name: '张三', review: { status: 'approved' } });
    expect(byTestId('person-form')).toBeTruthy(); // still open, as it was
  });

  it('saves the confirmed edit as 录入 and records which fields changed (issue 9.2)', async () => {
    const id = await approvedStudent('张三');
    await openEditForm(id, '张三');
    await typeInto('person-form-name', '张三丰');
    await click('person-form-save');
    const box = await messageBox();
    [...box.querySelectorAll('button')].find((b) => b.textContent?.trim() === '保存并重新审核')?.click();
    await vi.waitFor(async () => expect((await getPerson(f().db, id))?.name).toBe('张三丰'), { timeout: 10_000 });
    expect((await getPerson(f().db, id))?.review).toMatchObject({ status: 'draft', by: TEST_USER.id });
    expect((await reviewHistory(f().db, id)).at(-1)).toMatchObject({ action: 'reopen', from: 'approved', to: 'draft', fields: ['name'] });
  });

  it('keeps an approved record approved, without asking, when only the phone changed (issue 9.2)', async () => {
    const id = await approvedStudent('张三');
    const { wrapper } = await openEditForm(id, '张三');
    await typeInto('person-form-phone', '139 0000 1111');
    await click('person-form-save');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1), { timeout: 10_000 });
    expect(document.querySelector('.el-message-box')).toBeNull();
    expect((await getPerson(f().db, id))?.review).toMatchObject({ status: 'approved', by: 'reviewer' });
    expect((await getPerson(f().db, id))?.phoneMasked).toBe('139****1111');
  });
});
