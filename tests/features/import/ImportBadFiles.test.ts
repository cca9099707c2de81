import { beforeEach, describe, expect, it, vi } from 'vitest';
import { utils, write } from 'xlsx';
import { countDocs } from './support/importFixture';
import { importWorldPerTest } from './support/perTest';
import { checkFile, isDisabled, mountWizard, text } from './support/wizard';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { world, track } = importWorldPerTest();

beforeEach(async () => {
  track(await mountWizard(world().db));
});

function emptyWorkbook(): ArrayBuffer {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet([]), 'Sheet1');
  return write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
}

const cases: [string, () => File, RegExp][] = [
  ['a text file named .xlsx', () => new File([new TextEncoder().encode('姓名,身份证号\n张三,1234\n')], '学生名单.xlsx'), /这不是 Excel 文件|文件已损坏/],
  ['random bytes named .xlsx', () => new File([new Uint8Array(4096).map((_, i) => (i * 7919) % 251)], '学生名单.xlsx'), /这不是 Excel 文件|文件已损坏/],
  ['a workbook without any data', () => new File([emptyWorkbook()], '学生名单.xlsx'), /表格中没有可导入的数据/],
  ['a 0-byte file', () => new File([], '学生名单.xlsx'), /文件是空的/],
  ['a file over 20 MB', () => new File([new Uint8Array(21 * 1024 * 1024)], '全县学生.xlsx'), /文件大小为 21\.0 MB，超过了 20\.0 MB 的上限/],
];

// Real workbooks read, checked and planned (pinyin for hundreds of names) in-process: seconds on a busy machine.
describe('import wizard: files that cannot be imported', { timeout: 30_000 }, () => {
  it.each(cases)('%s ends with a clear Chinese message and no change to the database', async (_, makeFile, message) => {
    const before = await countDocs(world().db);
    await checkFile(makeFile());
    expect(text('import-file-problem')).toContain('文件无法导入');
    expect(text('import-file-problem')).toMatch(message);
    // No counts to preview, nothing to confirm: the wizard stops here.
    expect(document.querySelector('[data-testid="import-counts"]')).toBeNull();
    expect(isDisabled('import-next')).toBe(true);
    expect(await countDocs(world().db)).toEqual(before);
  });
});
