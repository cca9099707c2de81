// Small helpers for driving Element Plus controls from Playwright: the
// select's dropdown is teleported to <body>, so options are found by role
// among the visible ones rather than inside the select.

import type { Locator, Page } from 'playwright-core';

/** Opens an el-select (the element carrying its data-testid) and picks the option labelled `label`. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.locator('.el-select__wrapper').click();
  // Hidden poppers of other selects are display:none, so getByRole skips them.
  const option = page.getByRole('option', { name: label, exact: true });
  await option.click();
  // The chosen label shows in the select once the dropdown closed.
  await select.locator('.el-select__selected-item', { hasText: label }).first().waitFor();
}

/** The text the select currently shows (its selected label), or '' when empty. */
export async function selectedLabel(select: Locator): Promise<string> {
  const text = await select.locator('.el-select__selected-item:not(.el-select__input-wrapper)').first().textContent().catch(() => null);
  return (text ?? '').trim();
}

/** Closes Element Plus toast messages, so they never cover a button a test clicks next. */
export async function dismissMessages(page: Page): Promise<void> {
  const close = page.locator('.el-message .el-message__closeBtn');
  for (const button of await close.all()) await button.click().catch(() => undefined);
}
