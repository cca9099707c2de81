// The conflict review page (/conflicts): values that lost a merge.

import type { Locator, Page } from 'playwright-core';

export interface ConflictRow {
  collection: string;
  field: string;
  kept: string;
  lost: string;
  lostBy: string;
}

export class ConflictsPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('conflicts-table');
  }

  async goto(): Promise<void> {
    await this.page.goto('/conflicts');
    await this.table.waitFor({ timeout: 30_000 });
  }

  /** The rows shown (open conflicts), read cell by cell. */
  async rows(): Promise<ConflictRow[]> {
    const rows = this.table.locator('.el-table__body-wrapper tr.el-table__row');
    const out: ConflictRow[] = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
      out.push({
        collection: cells[0] ?? '',
        field: cells[1] ?? '',
        kept: cells[2] ?? '',
        lost: cells[3] ?? '',
        lostBy: cells[4] ?? '',
      });
    }
    return out;
  }
}
