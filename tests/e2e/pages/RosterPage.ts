// The roster (/roster/students, /roster/teachers): org tree on the left,
// search form, toolbar, virtualised table (el-table-v2: only rows in view
// are in the DOM, and fixed columns live in separate row elements, so a
// row's buttons are reached by narrowing the list to that row first).

import type { Locator, Page } from 'playwright-core';
import { PersonForm } from './PersonForm';
import { until } from './wait';

export class RosterPage {
  readonly root: Locator;
  readonly orgTree: Locator;
  readonly searchInput: Locator;
  readonly countLabel: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('roster-page');
    this.orgTree = page.getByTestId('org-tree');
    this.searchInput = page.getByTestId('roster-search-input');
    this.countLabel = page.getByTestId('roster-count');
  }

  async goto(kind: 'students' | 'teachers' = 'students'): Promise<void> {
    await this.page.goto(`/roster/${kind}`);
    await this.waitShown();
  }

  async waitShown(timeout = 30_000): Promise<void> {
    await this.root.waitFor({ timeout });
  }

  /** Clicks a unit in the org tree by its exact name (filters the list to its subtree). */
  async selectUnit(name: string): Promise<void> {
    await this.orgTree.getByText(name, { exact: true }).click();
    await this.page.locator('.roster-page__scope', { hasText: name }).waitFor();
  }

  /** The unit the list is scoped to, as the page names it above the list. */
  async scopeName(): Promise<string> {
    return ((await this.page.locator('.roster-page__scope').textContent()) ?? '').trim();
  }

  /** Clicks 导出 Excel and returns the downloaded file's name and bytes. */
  async exportExcel(timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout }), this.page.getByTestId('roster-export').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** '共 N 人' → N (the rows matching the tree selection and the search). */
  async count(): Promise<number> {
    const text = await this.countLabel.innerText();
    const match = /共\s*(\d+)\s*人/.exec(text);
    if (!match) throw new Error(`unexpected roster count text: ${text}`);
    return Number(match[1]);
  }

  /** Waits until the list holds exactly `n` rows. */
  async waitForCount(n: number, timeout = 60_000): Promise<void> {
    await until(() => this.count(), (c) => c === n, { timeout, what: `the roster to list ${n} people` });
  }

  /** Applies a keyword search (name, pinyin or initials). */
  async search(keyword: string): Promise<void> {
    await this.searchInput.fill(keyword);
    await this.page.getByTestId('roster-search-submit').click();
  }

  async clearSearch(): Promise<void> {
    await this.page.getByTestId('roster-search-reset').click();
  }

  /** Names of the rows currently rendered. */
  async visibleNames(): Promise<string[]> {
    return (await this.page.getByTestId('roster-row-name').allInnerTexts()).map((t) => t.trim());
  }

  /** Searches for `name` and waits until exactly that one person is listed. */
  async findOne(name: string, timeout = 30_000): Promise<void> {
    await this.search(name);
    await until(
      async () => ({ count: await this.count(), names: await this.visibleNames() }),
      (s) => s.count === 1 && s.names.length === 1 && s.names[0] === name,
      { timeout, what: `the roster to list only ${name}` },
    );
  }

  /** Opens the 新增 dialog. */
  async openCreate(): Promise<PersonForm> {
    await this.page.getByTestId('roster-add').click();
    const form = new PersonForm(this.page);
    await form.waitOpen();
    return form;
  }

  /** Narrows the list to `name` and opens its edit dialog. */
  async openEdit(name: string): Promise<PersonForm> {
    await this.findOne(name);
    await this.page.getByTestId('roster-row-edit').click();
    const form = new PersonForm(this.page);
    await form.waitOpen();
    await form.waitLoaded(name);
    return form;
  }
}
