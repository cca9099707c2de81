// One "device": a browser context (its own IndexedDB, localStorage and
// service worker) with one page, signed in to the app, plus the page
// objects the tests use on it.

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { newAppContext, waitForServiceWorker } from '../support';
import { AppHeader } from './AppHeader';
import { LoginPage } from './LoginPage';
import { PersonDetailPage } from './PersonDetailPage';
import { RosterPage } from './RosterPage';
import type { ServerApi } from './serverApi';
import { until } from './wait';

export interface Device {
  context: BrowserContext;
  page: Page;
  login: LoginPage;
  header: AppHeader;
  roster: RosterPage;
  detail: PersonDetailPage;
}

export async function openDevice(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<Device> {
  const context = await newAppContext(browser, baseUrl, options);
  const page = await context.newPage();
  return {
    context,
    page,
    login: new LoginPage(page),
    header: new AppHeader(page),
    roster: new RosterPage(page),
    detail: new PersonDetailPage(page),
  };
}

/**
 * Online: opens the app, lets its service worker take control (unless the
 * context blocks workers), signs in and waits for the first sync — the
 * roster lists as many students as the server holds for this user, and
 * the header says everything is synced.
 */
export async function signInAndSync(device: Device, api: ServerApi, username: string, options: { serviceWorker?: boolean } = {}): Promise<number> {
  await device.login.goto();
  if (options.serviceWorker !== false) await waitForServiceWorker(device.page);
  await device.login.signIn(username);
  await device.roster.waitShown();
  const expected = (await api.liveStudents(username)).length;
  await device.roster.waitForCount(expected);
  await waitForSynced(device);
  return expected;
}

/** Waits until the header reports a completed sync with nothing left to upload. */
export async function waitForSynced(device: Device, timeout = 60_000, label = ''): Promise<void> {
  try {
    await until(
      async () => ({ pending: await device.header.pendingCount(), synced: await device.header.hasSynced(), network: await device.header.network() }),
      (s) => s.pending === 0 && s.synced && s.network === '在线',
      { timeout, what: `${label ? `device ${label}: ` : ''}the header to show 在线 · 已全部同步 after a sync` },
    );
  } catch (error) {
    // Say which collection is stuck: the sync page lists them (this leaves the app there).
    const rows = await syncPageRows(device).catch((e: unknown) => [`(could not read /sync: ${String(e)})`]);
    throw new Error(`${(error as Error).message}\n/sync shows:\n${rows.join('\n')}`, { cause: error });
  }
}

/**
 * The rows of the sync page (/sync), one line per collection, cells joined
 * with ' | '. Reached through the header's link (no reload: a reload would
 * restart replication and hide a stuck state).
 */
export async function syncPageRows(device: Device): Promise<string[]> {
  await device.header.indicator.click();
  const table = device.page.getByTestId('sync-table');
  await table.waitFor();
  const rows = await table.locator('.el-table__body-wrapper tr').all();
  const out: string[] = [];
  for (const row of rows) out.push((await row.locator('td').allInnerTexts()).map((t) => t.trim()).join(' | '));
  return out;
}
