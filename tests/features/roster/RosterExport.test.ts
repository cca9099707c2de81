import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import * as XLSX from 'xlsx';
import { createPerson } from '@/db/repositories/people';
import type { AuditDoc } from '@/domain/schemas';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from '../../db/support/rosterFixture';
import { click, mountWithApp, settle } from './support/mountWithApp';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

let f: RosterFixture;
let unmount: () => void = () => undefined;
const saved: { name: string; blob: Blob }[] = [];

beforeEach(async () => {
  f = await createRosterFixture();
  for (const [name, seq] of [['张三', 11], ['李四', 33]] as const) {
    const result = await createPerson(f.ctx, studentInput(f.class1, { name, idNumber: idNumberOf('20160901', seq) }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
  // Capture the download instead of letting happy-dom navigate.
  saved.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ name: '', blob: blob as Blob });
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = saved[saved.length - 1];
    if (last) last.name = this.download;
  });
});
afterEach(async () => {
  unmount();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  await f.db.close();
});

describe('roster export', () => {
  it('downloads the listed students in the template layout and records who exported how many ID numbers', async () => {
    const Root = defineComponent({ setup: () => () => h(RouterView) });
    const mounted = await mountWithApp(f.db, Root);
    unmount = () => mounted.wrapper.unmount();
    await settle(10);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="roster-count"]')?.textContent).toContain('共 2 人'));

    await click('roster-export');
    // The first export loads SheetJS lazily, which takes a while in happy-dom.
    // Named after the listed unit: the county the administrator's tree opens at (issue 9.5).
    await vi.waitFor(() => expect(saved[0]?.name).toMatch(/^浉河区学生花名册-.*\.xlsx$/), { timeout: 20_000 });

    // The file is the student template (附件6): title, instructions, headers, then data rows with full ID numbers.
    const workbook = XLSX.read(new Uint8Array(await saved[0]!.blob.arrayBuffer()), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 });
    expect(rows[0]?.[0]).toBe('浉河区学生花名册');
    expect(rows[2]).toEqual(expect.arrayContaining(['姓名', '身份证号']));
    // A county's export names each row's school, first (issue 9.5).
    expect(rows[2]?.[0]).toBe('学校');
    expect(rows.slice(3).map((r) => r[0])).toEqual(['第一小学', '第一小学']);
    const ids = rows.slice(3).map((r) => r.find((c) => /^\d{17}[\dX]$/.test(String(c))));
    expect(ids.sort()).toEqual([idNumberOf('20160901', 11), idNumberOf('20160901', 33)].sort());

    const audit = (await f.db.audit.find({ selector: { kind: 'export' } }).exec()).map((d) => d.toJSON() as AuditDoc);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'roster.student', rowCount: 2, detail: { withIdNumbers: 2 } });
  }, 30_000);
});
