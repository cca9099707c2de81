import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Element Plus's per-component CSS entry points import .css files, which
// Node cannot load when vitest externalises node_modules; the styles mean
// nothing to happy-dom anyway. (Third-party CSS only: none of our code.)
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { getIdentity } from '@/db/repositories/identities';
import { createPerson } from '@/db/repositories/people';
import PersonFormDialog from '@/features/roster/PersonFormDialog.vue';
import { scopeOf } from '@/features/roster/rosterScope';
import type { PersonDoc } from '@/domain/schemas';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from '../../db/support/rosterFixture';
import { byTestId, click, mountWithApp, settle, TEST_USER, typeInto } from './support/mountWithApp';

let f: RosterFixture;
let unmount: () => void = () => undefined;

beforeEach(async () => {
  f = await createRosterFixture();
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await f.db.close();
});

/** The student form opened from the tree's selection of 三年级一班. */
async function openStudentForm() {
  const byId = new Map([[f.class1.id, f.class1]]);
  const scope = scopeOf({ orgId: f.class1.id, orgPath: f.class1.orgPath, kind: 'class', name: f.class1.name }, byId);
  const mounted = await mountWithApp(f.db, PersonFormDialog, {
    props: { modelValue: true, kind: 'student', personId: null, scope },
  });
  unmount = () => mounted.wrapper.unmount();
  await settle();
  return mounted;
}

/** The message under a field; el-form-item shows errors after a 100 ms debounce. */
async function errorUnder(testId: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await settle(1);
  const item = byTestId(testId).closest('.el-form-item');
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? '';
}

async function people(): Promise<PersonDoc[]> {
  return (await f.db.people.find().exec()).map((d) => d.toJSON() as PersonDoc);
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
      classId: f.class1.id,
      schoolId: f.school.id,
      grade: 'P3',
      className: '一班',
      review: { status: 'draft' },
      enteredBy: TEST_USER.id,
    });
    expect(await getIdentity(f.db, saved[0]?.id ?? '')).toMatchObject({ idNumber: idNumberOf('20160901', 11) });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('refuses an ID number already on file, naming who holds it', async () => {
    await createPerson(f.ctx, studentInput(f.class2, { name: '李四' }));
    await openStudentForm();
    await typeInto('person-form-name', '王小明');
    await typeInto('person-form-id-number', studentInput(f.class2).idNumber);
    await click('person-form-save');
    await vi.waitFor(async () => expect(await errorUnder('person-form-id-number')).toBe('该身份证号已登记：李四（第一小学）'), {
      timeout: 10_000,
    });
    expect(await people()).toHaveLength(1);
  });
});
