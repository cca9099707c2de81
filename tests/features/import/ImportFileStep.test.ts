import { afterEach, describe, expect, it, vi } from 'vitest';
import { read, utils } from 'xlsx';
import { createOrgUnit } from '@/db/repositories/orgs';
import { emptySchoolInfo } from '@/domain/org/schoolInfo';
import { byTestId, settle } from '../roster/support/mountWithApp';
import { importWorldPerTest } from './support/perTest';
import { mountWizard, pickFile, press, text } from './support/wizard';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { world, track } = importWorldPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

async function open(): Promise<void> {
  const mounted = await mountWizard(world().db);
  track(mounted);
}

/** Blobs handed to downloads while `action` runs. */
async function downloads(action: () => Promise<void>): Promise<Blob[]> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  await action();
  return blobs;
}

// Real workbooks read, checked and planned (pinyin for hundreds of names) in-process: seconds on a busy machine.
describe('import wizard: choosing the file', { timeout: 30_000 }, () => {
  it('offers the templates a county administrator may import and downloads each in the notice’s layout', async () => {
    await open();
    // A county administrator opens school accounts and imports teachers and students; county bureaus come from the city.
    expect([...document.querySelectorAll('[data-testid^="import-kind-"]')].map((el) => el.getAttribute('data-testid'))).toEqual([
      'import-kind-school',
      'import-kind-teacher',
      'import-kind-student',
    ]);
    const headers: Record<string, string[]> = {
      school: ['学校名称', '学校类型'],
      teacher: ['姓名', '身份证号', '年级', '班级'],
      student: ['姓名', '身份证号', '班级', '性别'],
    };
    for (const kind of ['school', 'teacher', 'student']) {
      const [blob] = await downloads(() => press(`import-template-${kind}`));
      vi.restoreAllMocks();
      expect(blob, kind).toBeDefined();
      const workbook = read(new Uint8Array(await blob!.arrayBuffer()));
      const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
      const rows = utils.sheet_to_json<string[]>(sheet, { header: 1 });
      expect(String(rows[1]?.[0] ?? ''), kind).toContain('请勿删除此使用说明');
      for (const header of headers[kind] ?? []) expect(rows[2], kind).toContain(header);
    }
  });

  it('asks which school to import into when the subtree has several, and which file', async () => {
    await createOrgUnit({ db: world().db, actor: 'seed' }, {
      kind: 'school',
      name: '董家河镇初级中学',
      parent: world().township,
      school: { ...emptySchoolInfo(), schoolType: 'middle', stage: 'junior' },
    });
    await open();
    expect(text('import-start-missing')).toBe('请先选择导入到哪所学校');
    expect((byTestId('import-start') as HTMLButtonElement).disabled).toBe(true);
    await pickFile(new File([new Uint8Array([1])], 'a.xlsx'));
    expect(text('import-file-chosen')).toContain('a.xlsx');
    // Unit templates need no school.
    byTestId('import-kind-school').querySelector('input')?.click();
    await settle();
    expect(document.querySelector('[data-testid="import-school"]')).toBeNull();
    expect(document.querySelector('[data-testid="import-start-missing"]')).toBeNull();
  });
});
