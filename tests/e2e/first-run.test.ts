// First run (issue 2 point 8): a fresh server without demo data, the top
// administrator signs in, sees no data, and is offered the demo dataset or
// a first unit picked from the national division codes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN_PASSWORD, launchBrowser, newAppContext, screenshotOnFailure, startServer, stopAllServers, type ServerHandle } from './support';
import { LoginPage } from './pages';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

async function signInAsAdminOnEmptyServer(): Promise<{ page: Page; server: ServerHandle }> {
  const server = await startServer({ env: { XIAOAN_DEMO: '0' } });
  const context = await newAppContext(browser, server.url);
  const page = await context.newPage();
  screenshotOnFailure(page);
  const login = new LoginPage(page);
  await login.goto();
  await login.submitCredentials('admin', E2E_ADMIN_PASSWORD);
  await page.waitForURL('**/welcome', { timeout: 60_000 });
  return { page, server };
}

describe('first run', () => {
  it('offers the demo dataset and loads it into the roster', async () => {
    const { page } = await signInAsAdminOnEmptyServer();
    await page.getByTestId('create-first-unit').waitFor();
    await page.getByTestId('load-demo').click();
    await page.waitForURL('**/roster/students', { timeout: 60_000 });
    // The list starts at 共 0 人 while its first query runs: wait for the students.
    const count = async () => Number((await page.getByTestId('roster-count').innerText()).match(/共 (\d+) 人/)?.[1] ?? 0);
    await expect.poll(count, { timeout: 30_000 }).toBeGreaterThan(1000);
    // …and the server accepts the whole tree: nothing is left waiting to upload.
    await expect.poll(() => page.getByTestId('sync-pending').innerText(), { timeout: 60_000 }).toBe('已全部同步');
    // The tree shows the demo county with its townships.
    await page.getByTestId('org-tree').filter({ hasText: '浉河区' }).waitFor({ timeout: 30_000 });
  });

  it('creates the first unit from the division codes, with the units above it', async () => {
    const { page } = await signInAsAdminOnEmptyServer();
    // Pick 河南省 › 信阳市 › 浉河区 by typing into the filterable cascader
    // (its data, ~2 MB of division codes, loads lazily).
    const cascader = page.locator('.el-cascader');
    await cascader.click();
    await cascader.locator('input').first().fill('浉河区');
    await page.locator('.el-cascader__suggestion-item', { hasText: '河南省 / 信阳市 / 浉河区' }).first().click();
    await page.getByTestId('create-first-unit').click();
    await page.waitForURL('**/orgs', { timeout: 30_000 });
    const tree = page.getByTestId('org-tree');
    for (const unit of ['河南省', '信阳市', '浉河区']) await tree.filter({ hasText: unit }).waitFor({ timeout: 30_000 });
  });
});
