// The statistics dashboard (/stats): the tree table, drilling down, the export.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { read, utils } from 'xlsx';
import { until } from './wait';

export class StatsPage {
  constructor(private readonly page: Page) {}

  /**
   * Opens the dashboard without a reload: through the header's menu when
   * the item shows, else (a crowded header folds items under …) by a history
   * entry the router follows, as the browser's back button would.
   */
  async open(): Promise<void> {
    const item = this.page.getByRole('menuitem', { name: '统计' });
    if (await item.isVisible()) await item.click();
    else {
      await this.page.evaluate(() => {
        window.history.pushState(window.history.state, '', '/stats');
        window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
      });
    }
    await this.page.getByTestId('stats-table').waitFor();
  }

  cell(unitId: string, column: string) {
    return this.page.getByTestId(`cell-${unitId}-${column}`);
  }

  /** Waits until the unit's cell reads `expected` (figures follow the data as it arrives). */
  async waitForCell(unitId: string, column: string, expected: string, timeout = 30_000): Promise<void> {
    await until(async () => (await this.cell(unitId, column).innerText()).trim(), (text) => text === expected, {
      timeout,
      what: `cell ${column} of ${unitId} to read ${expected}`,
    });
  }

  async drill(unitId: string): Promise<void> {
    await this.page.getByTestId(`stats-drill-${unitId}`).click();
    await this.cell(unitId, 'students').waitFor();
    await until(async () => this.page.url(), (url) => url.includes(`unit=${unitId}`), { what: `the URL to name ${unitId}` });
  }

  /** Clicks 导出 Excel and reads the downloaded workbook's first sheet as rows of cells. */
  async exportTable(): Promise<{ fileName: string; rows: (string | number)[][] }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('stats-export').click()]);
    const path = await download.path();
    const book = read(await readFile(path));
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('exported workbook has no sheet');
    return { fileName: download.suggestedFilename(), rows: utils.sheet_to_json<(string | number)[]>(sheet, { header: 1, defval: '' }) };
  }
}
