import { describe, expect, it, vi } from 'vitest';
import type { AuditDoc } from '@/domain/schemas';
import { byTestId, settle, typeInto } from '../roster/support/mountWithApp';
import { TEST_USER } from '../roster/support/mountWithApp';
import { countDocs, fixtureFile, manifestFaults } from './support/importFixture';
import { importWorldPerTest } from './support/perTest';
import { checkFile, count, isDisabled, mountAppAtImport, mountWizard, press, shownFindings, text } from './support/wizard';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const FAULTY = '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx';
const WHOLE_SCHOOL = '学生账号导入-浉河区董家河镇中心小学-全校.xlsx';

/** The manifest's fault names → the engine's finding codes. */
const CODE_OF_FAULT: Record<string, string> = {
  class_format: 'classFormat',
  gender_mismatch: 'genderMismatch',
  required: 'required',
  forbidden_char: 'forbiddenChar',
  id_checksum: 'idChecksum',
  duplicate_id: 'duplicateId',
  id_length: 'idLength',
};

const { world, track } = importWorldPerTest();

async function openWizard() {
  const mounted = await mountWizard(world().db);
  track(mounted);
  // The only school in the administrator's subtree is preselected.
  expect(byTestId('import-school').textContent).toContain(world().school.name);
  return mounted;
}

// Real workbooks read, checked and planned (pinyin for hundreds of names) in-process: seconds on a busy machine.
describe('import wizard: the file with planted faults (含错误)', { timeout: 30_000 }, () => {
  it('shows exactly the manifest’s faults on their rows and refuses the all-or-nothing commit', async () => {
    await openWizard();
    const before = await countDocs(world().db);
    await checkFile(fixtureFile(FAULTY));

    const faults = manifestFaults(FAULTY);
    expect(faults).toHaveLength(8);
    const expected = faults.map((f) => ({ row: f.row, code: CODE_OF_FAULT[f.fault] })).sort((a, b) => a.row - b.row);
    expect(shownFindings().sort((a, b) => a.row - b.row)).toEqual(expected);
    // Sheet and column as Excel shows them, message in plain Chinese.
    expect([...document.querySelectorAll('[data-testid="finding-sheet"]')].every((el) => el.textContent === '四年级')).toBe(true);
    const messages = [...document.querySelectorAll('[data-testid="finding-message"]')].map((el) => el.textContent ?? '');
    expect(messages.find((m) => m.includes('校验位'))).toMatch(/身份证号“\d{17}[\dX]”的校验位（最后一位）不对/);

    expect(count('rows')).toBe(76);
    expect(count('faulty')).toBe(8);
    expect(count('new')).toBe(68);
    expect(count('accounts')).toBe(68);
    expect(text('import-summary')).toContain('8 行有错误');

    // Filter by row: only row 24's gender finding.
    await typeInto('import-filter-row', '24');
    expect(shownFindings()).toEqual([{ row: 24, code: 'genderMismatch' }]);
    expect(text('import-findings-shown')).toBe('显示 1 / 8 条');

    await press('import-next');
    expect(text('import-refusal')).toContain('有 8 行存在错误，全部导入已取消');
    expect(isDisabled('import-commit-all')).toBe(true);
    byTestId('import-commit-all').click();
    await settle();
    expect(await countDocs(world().db)).toEqual(before);
    expect(document.querySelector('[data-testid="import-result-step"]')).toBeNull();
  });

  it('downloads the faulty rows as an Excel file with an error column', async () => {
    await openWizard();
    await checkFile(fixtureFile(FAULTY));
    const blobs: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    await press('import-download-errors');
    spy.mockRestore();
    expect(blobs).toHaveLength(1);
    const { read, utils } = await import('xlsx');
    const workbook = read(new Uint8Array(await blobs[0]!.arrayBuffer()));
    const rows = utils.sheet_to_json<string[]>(workbook.Sheets['四年级']!, { header: 1 });
    const header = rows[2] ?? [];
    expect(header.at(-1)).toBe('错误说明');
    expect(rows.slice(3).filter((r) => r.length > 0)).toHaveLength(8);
  });

  it('commits only the valid rows after a confirmation naming the rows left out', async () => {
    await openWizard();
    const before = await countDocs(world().db);
    await checkFile(fixtureFile(FAULTY));
    await press('import-next');
    await press('import-commit-valid');
    const box = document.querySelector('.el-message-box');
    expect(box?.textContent).toContain('将导入 68 行；有错误的 8 行不会导入');
    (box?.querySelector('.el-message-box__btns .el-button--primary') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-result-step"]')).not.toBeNull(), { timeout: 20_000 });

    expect(text('import-result-left-out')).toContain('有 8 行因错误没有导入');
    const after = await countDocs(world().db);
    // 四年级一班 and 二班 are new classes of the school.
    expect(after).toEqual({ ...before, orgs: before.orgs + 2, identities: 68, people: 68, accounts: 68, audit: 1 });
    const audit = (await world().db.audit.find().exec())[0]?.toJSON() as AuditDoc;
    expect(audit.detail).toMatchObject({ file: FAULTY, mode: 'validOnly', schoolId: world().school.id, counts: { new: 68, faulty: 8 } });
  });

  // Issue 9.13: instead of downloading the error rows and uploading again.
  it('corrects a row in a dialog, re-checks it with the same checks, and the import counts it as valid', async () => {
    const input = (field: string) => byTestId(`import-fix-${field}`) as HTMLInputElement;
    await openWizard();
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

describe('import wizard: the whole-school workbook', { timeout: 30_000 }, () => {
  it('previews 456 new students and commits them with their accounts, pending review at the school', async () => {
    await openWizard();
    await checkFile(fixtureFile(WHOLE_SCHOOL));
    expect(count('rows')).toBe(456);
    expect(count('new')).toBe(456);
    expect(count('faulty')).toBe(0);
    expect(count('accounts')).toBe(456);
    expect(count('classes')).toBe(12);
    expect(text('import-summary')).toContain('全部 456 行校验通过');

    await press('import-next');
    expect(text('import-confirm-target')).toContain(world().school.name);
    expect(document.querySelector('[data-testid="import-commit-valid"]')).toBeNull();
    await press('import-commit-all');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-result-step"]')).not.toBeNull(), { timeout: 20_000 });
    await settle();

    expect(await countDocs(world().db)).toMatchObject({ identities: 456, people: 456, accounts: 456, audit: 1 });
    const people = (await world().db.people.find().exec()).map((d) => d.toJSON());
    expect(people.every((p) => p.review.status === 'pending' && p.enteredBy === TEST_USER.id && p.schoolId === world().school.id)).toBe(true);

    // The accounts opened: 50 per page, requested username marked pending until the server confirms it.
    expect(text('import-result-summary')).toContain('开设账号 456 个');
    expect(document.querySelectorAll('[data-testid="result-account-name"]')).toHaveLength(50);
    const usernames = [...document.querySelectorAll('[data-testid="result-account-username"]')].map((el) => el.textContent ?? '');
    expect(usernames.every((u) => /^[a-z]+\d*$/.test(u))).toBe(true);
    expect(byTestId('import-result-accounts').textContent).toContain('待同步确认');
  });

  it('prints 456 account slips and exports the account list', async () => {
    await openWizard();
    await checkFile(fixtureFile(WHOLE_SCHOOL));
    await press('import-next');
    await press('import-commit-all');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-result-step"]')).not.toBeNull(), { timeout: 20_000 });
    await settle();

    const print = vi.fn();
    window.print = print;
    await press('import-print-slips');
    expect(print).toHaveBeenCalledOnce();
    const slips = document.querySelectorAll('[data-testid="account-slips-print"] [data-testid="account-slip"]');
    expect(slips).toHaveLength(456);
    expect(document.querySelectorAll('.slip-sheet__page')).toHaveLength(19); // 456 / 24
    expect(slips[0]?.textContent).toContain('待同步确认');
    window.dispatchEvent(new Event('afterprint'));
    await settle(1);
    expect(document.querySelector('[data-testid="account-slips-print"]')).toBeNull();

    const blobs: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    await press('import-export-accounts');
    spy.mockRestore();
    const { read, utils } = await import('xlsx');
    const workbook = read(new Uint8Array(await blobs[0]!.arrayBuffer()));
    const rows = utils.sheet_to_json<string[]>(workbook.Sheets['账号清单']!, { header: 1 });
    expect(rows[1]).toEqual(['姓名', '学校/班级', '角色', '用户名', '初始密码', '说明']);
    expect(rows.slice(2)).toHaveLength(456);
    expect(rows[2]?.[1]).toMatch(/^董家河镇中心小学 [一二三四五六]年级[一二]班$/);
  });

  it('shows the slips on a page of their own, and the result again when the user comes back', async () => {
    const { router, wrapper } = await mountAppAtImport(world().db);
    track({ wrapper });
    await checkFile(fixtureFile(WHOLE_SCHOOL));
    await press('import-next');
    await press('import-commit-all');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-result-step"]')).not.toBeNull(), { timeout: 20_000 });
    await settle();

    await press('import-slips-page');
    await vi.waitFor(() => expect(text('slips-count')).toContain('共 456 个账号，19 页'), { timeout: 10_000 });
    expect(router.currentRoute.value.name).toBe('import-slips');
    expect(document.querySelectorAll('[data-testid="account-slip"]')).toHaveLength(456);
    // A page of its own: no app header or org tree around the sheet.
    expect(document.querySelector('[data-testid="org-tree"]')).toBeNull();

    await router.push('/import');
    await settle(5);
    expect(text('import-result-summary')).toContain('开设账号 456 个');
    await press('import-again');
    expect(document.querySelector('[data-testid="import-file-step"]')).not.toBeNull();
  });
});
