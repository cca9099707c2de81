// Issue 9, points 9, 11 and 12 in the browser: 本机记录 in 设置 is not
// clipped; at 360 px the accounts page keeps usable columns and 打印账号条;
// in English the roster's headers and badges fit and grades and classes
// read in English; the review page and the accounts filters as a school
// administrator sees them (screenshots at 1366×768 and 360×740).

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServerPerFile, openDevice, signInAndSync, type Device } from './pages';
import { screenshot, screenshotOnFailure } from './support';

const USER = 'demo-school';

const demo = demoServerPerFile();
let desk: Device;

beforeAll(async () => {
  desk = await openDevice(demo.browser, demo.server.url);
  await signInAndSync(desk, demo.api, USER);
});

/** Texts of the matched elements whose content is cut (wider than their box). */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => (el as HTMLElement).innerText.trim()),
  );
}

/** Navigate inside the app (no reload: replication keeps running). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__?: { config: { globalProperties: { $router: { push(p: string): Promise<void> } } } } }).__vue_app__;
    return app?.config.globalProperties.$router.push(to);
  }, path);
}

describe('everyday layout (demo-school)', () => {
  it('设置: the 本机记录 counts are not clipped', async () => {
    const { page } = desk;
    screenshotOnFailure(page);
    await go(page, '/settings');
    const table = page.getByTestId('settings-counts');
    await table.locator('.el-table__body-wrapper tr').first().waitFor();
    await expect.poll(() => table.locator('.el-table__body-wrapper tr').count()).toBeGreaterThan(5);
    expect(await clipped(page, '[data-testid="settings-counts"] .cell')).toEqual([]);
    await expect.poll(() => table.innerText()).toContain('教师与学生');
    await screenshot(page, 'layout-settings-1366');
  });

  it('审核 and 账号 at 1366 px', async () => {
    const { page } = desk;
    screenshotOnFailure(page);
    await go(page, '/review');
    await page.getByTestId('review-row-name').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'layout-review-1366');
    await go(page, '/accounts');
    await page.getByTestId('account-search').waitFor();
    await screenshot(page, 'layout-accounts-1366');
  });

  it('我的提交: the township sees the records it entered for the school, the returned ones with their reasons first', async () => {
    const township = await openDevice(demo.browser, demo.server.url);
    screenshotOnFailure(township.page);
    await township.login.goto();
    await township.login.signIn('demo-township');
    await township.roster.waitShown();
    await go(township.page, '/review');
    await township.page.getByRole('tab', { name: /我的提交/ }).click();
    await township.page.getByTestId('review-returned-alert').waitFor({ timeout: 30_000 });
    expect(await township.page.getByTestId('review-returned-alert').innerText()).toContain('有 2 条记录被退回');
    await expect.poll(() => township.page.getByTestId('review-reason').count()).toBe(2);
    expect(await township.page.getByTestId('review-reason').first().innerText()).toMatch(/身份证号|班级/);
    await screenshot(township.page, 'layout-review-mine-1366');
    await township.context.close();
  });

  it('360 px: the accounts table shows usable columns and 打印账号条', async () => {
    const phone = await openDevice(demo.browser, demo.server.url, { viewport: { width: 360, height: 740 } });
    screenshotOnFailure(phone.page);
    await phone.login.goto();
    await phone.login.signIn(USER);
    await phone.roster.waitShown();
    await go(phone.page, '/accounts');
    const table = phone.page.getByTestId('accounts-table');
    await table.locator('.el-table__body-wrapper tr').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => phone.page.getByTestId('account-slips').isVisible()).toBe(true);
    // The account's name and username are readable, not cut to a few letters.
    expect(await clipped(phone.page, '[data-testid="accounts-table"] .el-table__body-wrapper [data-testid="account-who"]')).toEqual([]);
    const who = await table.getByTestId('account-who').first().boundingBox();
    expect(who?.width ?? 0).toBeGreaterThan(100);
    await screenshot(phone.page, 'layout-accounts-360');
    await go(phone.page, '/review');
    await phone.page.getByTestId('review-page').waitFor();
    await screenshot(phone.page, 'layout-review-360');
    await phone.context.close();
  });

  it('English: gender header and status badges fit; grades and classes in English', async () => {
    const { page } = desk;
    screenshotOnFailure(page);
    await page.evaluate(() => localStorage.setItem('xiaoan.locale', 'en'));
    await page.reload();
    await page.getByTestId('sync-indicator').waitFor();
    await go(page, '/roster/students');
    await desk.roster.waitShown();
    await page.getByTestId('roster-cell-class').first().waitFor({ timeout: 30_000 });
    expect(await clipped(page, '.roster-table__header')).toEqual([]);
    expect(await clipped(page, '[data-testid="roster-table"] .el-tag')).toEqual([]);
    const grades = await page.locator('[data-testid="roster-table"] .el-table-v2__row-cell').allInnerTexts();
    expect(grades.some((text) => /^Grade \d+$/.test(text.trim()))).toBe(true);
    expect(grades.some((text) => /年级/.test(text))).toBe(false);
    expect((await page.getByTestId('roster-cell-class').allInnerTexts()).every((text) => /^Class \d+$/.test(text.trim()))).toBe(true);
    await screenshot(page, 'layout-roster-english-1366');
    await page.evaluate(() => localStorage.setItem('xiaoan.locale', 'zh-CN'));
  });
});
