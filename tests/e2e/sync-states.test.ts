// Issue 9, point 8: the sync states say what is true. A single tab never
// reads "同步在另一个标签页中进行" (not after sign-in, not after an offline
// reload); offline, /sync does not claim 同步中 and the app sends no sync
// request; a phone's header shows what waits to be uploaded.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServerPerFile, openDevice, signInAndSync, syncPageRows, until, type Device } from './pages';
import { goOffline, goOnline, screenshot, screenshotOnFailure } from './support';

const USER = 'demo-school';
const OTHER_TAB = '同步在另一个标签页中进行';

const demo = demoServerPerFile();

/**
 * Records, from the first script of every document on, whether the page
 * ever showed `text` — so a message that flashes for a second is caught
 * without sampling the page between states.
 */
async function watchForText(page: Page, text: string): Promise<() => Promise<boolean>> {
  await page.addInitScript((needle: string) => {
    const w = window as unknown as { __seen?: boolean };
    const check = () => {
      if (document.body?.innerText.includes(needle)) w.__seen = true;
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  }, text);
  return async () => page.evaluate(() => (window as unknown as { __seen?: boolean }).__seen === true);
}

/** Sync requests the page (or its service worker) sent from now on. */
function countSyncRequests(device: Device): { count: () => number } {
  let count = 0;
  device.context.on('request', (request) => {
    if (request.url().includes('/api/sync/')) count += 1;
  });
  return { count: () => count };
}

describe('sync states (one tab, demo-school)', () => {
  let device: Device;
  let sawOtherTab: () => Promise<boolean>;

  it('a single-tab sign-in never shows the "another tab" message', async () => {
    device = await openDevice(demo.browser, demo.server.url);
    screenshotOnFailure(device.page);
    sawOtherTab = await watchForText(device.page, OTHER_TAB);
    await signInAndSync(device, demo.api, USER);
    expect(await sawOtherTab()).toBe(false);
  });

  it('offline: no "another tab" after a reload, no 同步中 on /sync, and no sync request', async () => {
    const { page, context, header, roster } = device;
    screenshotOnFailure(page);
    await goOffline(context);
    await page.reload();
    await roster.waitShown();
    await header.waitForNetwork('离线');
    await header.waitForPending((n) => n === 0, '已全部同步 (counted in this tab)');
    expect(await sawOtherTab()).toBe(false);

    const rows = await syncPageRows(device);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row).not.toContain('同步中');
      expect(row).toContain('离线，联网后自动继续');
    }
    await screenshot(page, 'sync-states-offline-sync-page');

    // 15 s offline: before the fix, 39 failed requests.
    const requests = countSyncRequests(device);
    await page.waitForTimeout(15_000);
    expect(requests.count()).toBe(0);

    await goOnline(context);
    await until(() => syncPageRows(device), (r) => r.every((row) => !row.includes('离线，联网后自动继续')), {
      timeout: 30_000,
      what: '/sync to leave the offline state',
    });
    expect(requests.count()).toBeGreaterThan(0);
    expect(await sawOtherTab()).toBe(false);
    await context.close();
  });

  it('a phone (360 px) header shows the uploads waiting', async () => {
    const phone = await openDevice(demo.browser, demo.server.url, { viewport: { width: 360, height: 740 } });
    screenshotOnFailure(phone.page);
    // The phone header has no room for the last sync time (signInAndSync waits for it): wait for the count.
    await phone.login.goto();
    await phone.login.signIn(USER);
    await phone.header.waitForPending((n) => n === 0, '已全部同步', 60_000);
    await expect.poll(() => phone.header.pending.isVisible()).toBe(true);
    const box = await phone.header.pending.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    await screenshot(phone.page, 'sync-states-phone-header');
    await phone.context.close();
  });
});
