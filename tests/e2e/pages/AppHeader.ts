// The app's header: the sync indicator (network badge, uploads waiting,
// last sync) and the user menu with sign-out.

import type { Locator, Page } from 'playwright-core';

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

  /** '在线' or '离线'. */
  async network(): Promise<string> {
    return (await this.networkBadge.innerText()).trim();
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

  /** Whether the indicator reports a last successful sync ('上次同步 …', not '尚未同步'). */
  async hasSynced(): Promise<boolean> {
    return (await this.indicator.innerText()).includes('上次同步');
  }

  /** The error the indicator shows, if any. */
  async errorText(): Promise<string> {
    const alert = this.indicator.getByRole('alert');
    return (await alert.count()) ? (await alert.innerText()).trim() : '';
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
