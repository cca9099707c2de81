// The app's header: the sync indicator (network badge, uploads waiting,
// last sync) and the user menu with sign-out.

import type { Locator, Page } from 'playwright-core';
import { until } from './wait';

export class AppHeader {
  readonly indicator: Locator;
  readonly networkBadge: Locator;
  readonly pending: Locator;
  readonly userMenu: Locator;

  constructor(private readonly page: Page) {
    this.indicator = page.getByTestId('sync-indicator');
    this.networkBadge = page.getByTestId('network-badge');
    this.pending = page.getByTestId('sync-pending');
    this.userMenu = page.getByTestId('user-menu');
  }

  /**
   * Opens a page through the header's navigation, as a user does: hover the
   * group (e.g. 花名册), then click the page (e.g. 导入) in its pop-up.
   */
  async navigate(group: 'education' | 'roster' | 'hazards' | 'admin', label: string): Promise<void> {
    await this.page.getByTestId(`nav-group-${group}`).hover();
    const item = this.page.locator('.el-menu--popup').getByRole('menuitem', { name: label, exact: true });
    await item.waitFor({ state: 'visible' });
    await item.click();
  }

  /** '在线' or '离线', as the badge reads now. */
  async network(): Promise<string> {
    return (await this.networkBadge.innerText()).trim();
  }

  /** Waits until the badge reads `state` (it follows the browser's online/offline events). */
  async waitForNetwork(state: '在线' | '离线', timeout = 10_000): Promise<void> {
    await until(() => this.network(), (text) => text === state, { timeout, what: `the network badge to read ${state}` });
  }

  /**
   * Uploads waiting, from the indicator's text: '待上传 N 条' → N,
   * '已全部同步' → 0, anything else (count unknown yet) → null.
   */
  async pendingCount(): Promise<number | null> {
    const text = (await this.pending.innerText()).trim();
    const waiting = /待上传\s*(\d+)/.exec(text);
    if (waiting) return Number(waiting[1]);
    return text === '已全部同步' ? 0 : null;
  }

  /**
   * Waits until the uploads waiting satisfy `accept` and returns the count.
   * The count is unknown (null) for a moment after a reload and refreshed
   * every few seconds, so it is never read just once.
   */
  async waitForPending(accept: (count: number) => boolean, what: string, timeout = 15_000): Promise<number> {
    const count = await until(() => this.pendingCount(), (n) => n !== null && accept(n), { timeout, what: `the header to show ${what}` });
    return count ?? 0;
  }

  /** Whether the indicator reports a last successful sync ('上次同步 …', not '尚未同步'). */
  async hasSynced(): Promise<boolean> {
    return (await this.indicator.innerText()).includes('上次同步');
  }

  /**
   * Signs out through the user menu. `removeData: false` keeps this user's
   * data and offline sign-in on the device (unchecks the box).
   */
  async signOut(options: { removeData: boolean }): Promise<void> {
    await this.userMenu.click();
    await this.page.getByTestId('sign-out').click();
    const remove = this.page.getByTestId('sign-out-remove');
    await remove.waitFor();
    const checked = await remove.locator('input').isChecked();
    if (checked !== options.removeData) await remove.click();
    await this.page.getByTestId('sign-out-confirm').click();
    await this.page.getByTestId('login-form').waitFor();
  }
}
