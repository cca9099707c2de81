import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, settle, typeInto } from '../roster/support/mountWithApp';
import { createImportWorld, fixtureFile, type ImportWorldFixture } from './support/importFixture';
import { checkFile, count, mountWizard, press, shownFindings, text } from './support/wizard';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const FAULTY = '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx';

let world: ImportWorldFixture;
let unmount: () => void = () => undefined;

beforeEach(async () => {
  world = await createImportWorld();
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await world.db.close();
});

const input = (field: string) => byTestId(`import-fix-${field}`) as HTMLInputElement;

// Real workbooks read, checked and planned in-process: seconds on a busy machine.
describe('import preview: correcting an error row in place', { timeout: 60_000 }, () => {
  it('corrects a row in a dialog, re-checks it with the same checks, and the import counts it as valid', async () => {
    const mounted = await mountWizard(world.db);
    unmount = () => mounted.wrapper.unmount();
    await checkFile(fixtureFile(FAULTY));
    expect(count('faulty')).toBe(8);

    // Row 24: the gender disagrees with the ID number.
    await typeInto('import-filter-row', '24');
    expect(shownFindings()).toEqual([{ row: 24, code: 'genderMismatch' }]);
    byTestId('finding-fix').click();
    await settle();
    expect(byTestId('import-fix-dialog').textContent).toContain('四年级 第 24 行');
    const gender = input('gender').value;
    const idNumber = input('idNumber').value;
    expect(['男', '女']).toContain(gender);
    // The cell's problem stands under it.
    const errorUnder = (field: string) => input(field).closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent ?? '';
    await vi.waitFor(() => expect(errorUnder('gender')).toContain('性别'));

    // A wrong correction first: the checks say what is still wrong, the dialog stays.
    await typeInto('import-fix-idNumber', '4115022016');
    await press('import-fix-recheck');
    await vi.waitFor(() => expect(errorUnder('idNumber')).toContain('身份证号'), { timeout: 20_000 });
    expect(document.querySelector('[data-testid="import-fix-dialog"]')).not.toBeNull();

    // Then the right one: the ID number as it was and the other gender; the dialog closes once the row passes.
    await typeInto('import-fix-idNumber', idNumber);
    await typeInto('import-fix-gender', gender === '男' ? '女' : '男');
    await press('import-fix-recheck');
    await vi.waitFor(() => expect(count('faulty')).toBe(7), { timeout: 20_000 });
    await typeInto('import-filter-row', '');
    expect(shownFindings().map((f) => f.row)).not.toContain(24);
    expect(text('import-summary')).toContain('7 行有错误');
    expect(count('new')).toBe(69);
    await vi.waitFor(() => expect(document.querySelector<HTMLElement>('[data-testid="import-fix-dialog"]')?.closest<HTMLElement>('.el-overlay')?.style.display).toBe('none'));
  });
});
