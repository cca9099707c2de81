import { describe, expect, it, vi } from 'vitest';
import { utils, write } from 'xlsx';
import { checkCharacter } from '@/domain/roster/idNumber';
import { byTestId, settle } from '../roster/support/mountWithApp';
import { countDocs, fixtureFile } from './support/importFixture';
import { importWorldPerTest } from './support/perTest';
import { checkFile, count, mountWizard, press, text } from './support/wizard';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { world, track } = importWorldPerTest();

async function open() {
  const mounted = await mountWizard(world().db);
  track(mounted);
  return mounted;
}

/** A student sheet named Sheet1 (not a grade) in a file whose name names no grade either. */
function sheet1Workbook(): ArrayBuffer {
  const id = (seq: number) => {
    const first17 = `41150220160901${String(seq).padStart(3, '0')}`;
    return first17 + checkCharacter(first17);
  };
  const rows = [
    ['批量导入学生账号模板'],
    ['使用说明：请勿删除此使用说明，从第4行开始填写数据，一个年级一张表格。'],
    ['姓名', '身份证号', '班级', '性别'],
    ['张一', id(11), '一班', '男'],
    ['李二', id(22), '一班', '女'],
    ['王三', id(33), '二班', '男'],
  ];
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), 'Sheet1');
  return write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
}

// Real workbooks read, checked and planned in-process: seconds on a busy machine.
describe('import wizard: teachers, and sheets that are not named after a grade', { timeout: 30_000 }, () => {
  it('imports the teacher file with an account per teacher', async () => {
    await open();
    byTestId('import-kind-teacher').querySelector('input')?.click();
    await settle();
    await checkFile(fixtureFile('教师账号导入-浉河区董家河镇中心小学.xlsx'));
    expect(count('new')).toBe(12);
    expect(count('faulty')).toBe(0);
    expect(count('accounts')).toBe(12);
    await press('import-next');
    await press('import-commit-all');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-result-step"]')).not.toBeNull(), { timeout: 20_000 });
    const people = (await world().db.people.find().exec()).map((d) => d.toJSON());
    expect(people).toHaveLength(12);
    expect(people.every((p) => p.kind === 'teacher' && p.review.status === 'pending')).toBe(true);
    const accounts = (await world().db.accounts.find().exec()).map((d) => d.toJSON());
    expect(accounts.every((a) => a.role === 'teacher' && a.orgId === world().school.id)).toBe(true);
  });

  it('asks for the grade of a sheet named Sheet1 and checks again with it', async () => {
    const { wrapper } = await open();
    const before = await countDocs(world().db);
    await checkFile(new File([sheet1Workbook()], '学生名单.xlsx'));
    expect(text('import-grades')).toContain('Sheet1');
    expect(text('import-findings')).toContain('无法从工作表名称“Sheet1”看出年级');
    expect(count('faulty')).toBe(3);

    const select = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-testid') === 'import-grade-Sheet1');
    expect(select).toBeDefined();
    select?.vm.$emit('update:modelValue', 'P3');
    await settle();
    byTestId('import-recheck').click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="import-counts"]')).not.toBeNull(), { timeout: 20_000 });
    await settle();
    expect(count('new')).toBe(3);
    expect(count('faulty')).toBe(0);
    expect(document.querySelector('[data-testid="import-findings"]')).toBeNull();
    expect(await countDocs(world().db)).toEqual(before);
  });
});
