// Issue 4, point 9: the whole-school workbook imported offline in Chromium.
// Sign in online as the township administrator (老城街道), let the service
// worker take over, go offline, import the fixture through the wizard into
// the township's 老城街道中心小学 (the school chosen in the wizard — the
// file name names another school), see the preview counts, commit, find the
// students in the roster (待审核, entered by the township) and their accounts
// on the accounts page, then go online and see everything reach the server,
// where the final usernames are assigned.

import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountDoc } from '../../src/domain/schemas';
import { chooseOption, demoServerPerFile, openDevice, signInAndSync, until, waitForSynced, type Device } from './pages';
import { goOffline, goOnline, screenshot, screenshotOnFailure } from './support';

const USER = 'demo-township';
const SCHOOL = '老城街道中心小学';
const FILE = '学生账号导入-浉河区董家河镇中心小学-全校.xlsx';
const FIXTURE = resolve(import.meta.dirname, '../../../shared/fixtures/roster-shihe', FILE);
/** The first rows of the workbook's 一年级 sheet. */
const FIRST_STUDENT = '崔秀';

/** The import wizard (/import). */
class ImportPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('import-page');
  }
  count(key: string): Promise<number> {
    return this.page.getByTestId(`import-count-${key}`).innerText().then(Number);
  }
  /** The preview's counts, all at once. */
  async counts(): Promise<Record<'rows' | 'new' | 'changed' | 'faulty' | 'accounts', number>> {
    return {
      rows: await this.count('rows'),
      new: await this.count('new'),
      changed: await this.count('changed'),
      faulty: await this.count('faulty'),
      accounts: await this.count('accounts'),
    };
  }
}

const demo = demoServerPerFile();
let device: Device;
let importPage: ImportPage;
const pageErrors: string[] = [];
let studentsBefore = 0;
/** The people on the server before the import (the demo's, some of them entered by the township too). */
let peopleBefore = new Set<string>();
let schoolStudentsBefore = 0;

/** Accounts the user can read on the server (the sync API, like the app). */
async function serverAccounts(): Promise<AccountDoc[]> {
  const token = await demo.api.token(USER);
  const res = await fetch(`${demo.server.url}/api/sync/accounts/pull?limit=5000`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`pull accounts: HTTP ${res.status}`);
  return ((await res.json()) as { documents: AccountDoc[] }).documents;
}

beforeAll(async () => {
  device = await openDevice(demo.browser, demo.server.url);
  importPage = new ImportPage(device.page);
  device.page.on('pageerror', (err) => pageErrors.push(err.message));
});

describe('import offline (demo-township, whole-school workbook)', () => {
  it('signs in online, installs the service worker and completes the first sync', async () => {
    screenshotOnFailure(device.page);
    studentsBefore = await signInAndSync(device, demo.api, USER);
    peopleBefore = new Set((await demo.api.pullAll(USER, 'people')).map((p) => p.id));
    schoolStudentsBefore = (await demo.api.liveStudents('demo-school')).length;
    expect(schoolStudentsBefore).toBeGreaterThan(100);
    expect(studentsBefore).toBeGreaterThan(schoolStudentsBefore);
  });

  it('checks the workbook offline in the worker and previews 456 new students', async () => {
    const { page, context, header } = device;
    screenshotOnFailure(page);
    await goOffline(context);
    await page.reload();
    await device.roster.waitShown();
    await header.waitForNetwork('离线');

    // Through the app's own navigation (the page came from the service worker).
    await header.navigate('roster', '导入');
    await importPage.root.waitFor();
    await chooseOption(page, page.getByTestId('import-school'), SCHOOL);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByTestId('import-file-input').setInputFiles(FIXTURE);
    await page.getByTestId('import-file-chosen').waitFor();

    // The page keeps drawing frames while the worker reads and checks: record the longest gap.
    await page.evaluate(() => {
      const w = window as unknown as { __maxFrameGap: number; __watching: boolean };
      w.__maxFrameGap = 0;
      w.__watching = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.__maxFrameGap = Math.max(w.__maxFrameGap, now - last);
        last = now;
        if (w.__watching) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const maxFrameGap = await page.evaluate(() => {
      const w = window as unknown as { __maxFrameGap: number; __watching: boolean };
      w.__watching = false;
      return w.__maxFrameGap;
    });
    // The frame gap is reported, not asserted (timings belong to npm run bench); what must hold is that
    // the work ran in a Web Worker, off the page's thread.
    console.info(`[import] checked and planned 456 rows in ${elapsed} ms; longest frame gap ${Math.round(maxFrameGap)} ms`);
    expect(workers.some((url) => /worker/i.test(url)), workers.join(', ')).toBe(true);

    const expected = { rows: 456, new: 456, changed: 0, faulty: 0, accounts: 456 };
    const counts = await until(() => importPage.counts(), (c) => c.rows === expected.rows, { timeout: 10_000, what: 'the preview to count 456 rows' });
    expect(counts).toEqual(expected);
    await page.getByTestId('import-summary').filter({ hasText: '全部 456 行校验通过' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'import-preview-offline');
  });

  it('commits offline and shows the 456 accounts opened, usernames pending until sync', async () => {
    const { page, header } = device;
    screenshotOnFailure(page);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-confirm-target').filter({ hasText: SCHOOL }).waitFor({ timeout: 10_000 });
    await page.getByTestId('import-commit-all').click();
    await page.getByTestId('import-result-step').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-result-summary').filter({ hasText: '开设账号 456 个' }).waitFor({ timeout: 10_000 });
    // The accounts table fills from a live query after the step appears: wait for its first page of 50.
    await until(() => page.getByTestId('result-account-name').count(), (n) => n === 50, {
      timeout: 30_000,
      what: 'the result step to list its first 50 accounts',
    });
    await page.getByTestId('import-result-accounts').filter({ hasText: '待同步确认' }).waitFor({ timeout: 10_000 });
    // people + identities + accounts + the audit record wait for the network.
    await header.waitForPending((n) => n >= 456, 'the import counted as waiting', 20_000);
    await screenshot(page, 'import-result-offline');
  });

  it('lists the students in the roster, awaiting the school’s review, and their accounts on the accounts page', async () => {
    const { page, roster, header } = device;
    screenshotOnFailure(page);
    await page.getByTestId('import-open-roster').click();
    await roster.waitShown();
    await page.locator('.roster-page__scope', { hasText: SCHOOL }).waitFor();
    await roster.waitForCount(schoolStudentsBefore + 456, 30_000);
    // Narrowed to that one student, the row says who entered it and that the school has yet to review it.
    await roster.findOne(FIRST_STUDENT);
    // Who entered the row is looked up by its own query: wait for the row to be complete.
    await until(() => roster.root.innerText(), (text) => text.includes('待审核') && text.includes('乡镇（街道）管理员'), {
      timeout: 10_000,
      what: `${FIRST_STUDENT}'s row to say 待审核, entered by 乡镇（街道）管理员`,
    });
    await screenshot(page, 'import-roster-offline');

    await header.navigate('admin', '账号');
    const table = page.getByTestId('accounts-table');
    await table.waitFor();
    await until(() => table.locator('.el-table__body tr', { hasText: '待同步' }).count(), (n) => n >= 456, {
      timeout: 30_000,
      what: 'the accounts page to list the 456 pending accounts',
    });
    await table.locator('.el-table__body tr', { hasText: FIRST_STUDENT }).filter({ hasText: '一年级一班' }).first().waitFor({ timeout: 10_000 });
  });

  it('uploads everything once back online; the server assigns the final usernames', async () => {
    const { page, context } = device;
    screenshotOnFailure(page);
    const started = Date.now();
    await goOnline(context);
    await until(async () => (await demo.api.liveStudents(USER)).length, (n) => n === studentsBefore + 456, {
      timeout: 90_000,
      what: `${studentsBefore + 456} students on the server`,
    });
    const imported = await until(
      async () => (await serverAccounts()).filter((a) => a.role === 'student' && a.createdBy !== 'demo'),
      (list) => list.length === 456 && list.every((a) => a.status === 'active' && a.username !== ''),
      { timeout: 90_000, what: '456 active student accounts with final usernames on the server' },
    );
    expect(new Set(imported.map((a) => a.username)).size).toBe(456);
    expect(imported.every((a) => a.mustChangePassword)).toBe(true);
    const people = (await demo.api.pullAll(USER, 'people')).filter((p) => !peopleBefore.has(p.id) && p.kind === 'student');
    expect(people).toHaveLength(456);
    expect(people.every((p) => p.review.status === 'pending')).toBe(true);
    await waitForSynced(device, 90_000);
    console.info(`[import] 456 students, identities and accounts on the server ${Date.now() - started} ms after going online`);

    // The final usernames come back to the device: nothing left marked 待同步.
    await page.goto('/accounts');
    const table = page.getByTestId('accounts-table');
    await table.waitFor();
    await until(() => table.locator('.el-table__body tr', { hasText: '待同步' }).count(), (n) => n === 0, {
      timeout: 60_000,
      what: 'the accounts page to show every account active',
    });
    await screenshot(page, 'import-accounts-synced');
    expect(pageErrors).toEqual([]);
  });
});
