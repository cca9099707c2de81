// Screenshots for debugging, written under test-results/e2e/screenshots/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { screenshotsDir } from './paths';

function fileName(name: string): string {
  // Keep Chinese test names readable; drop only what a file name cannot hold.
  const safe = name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
  return `${safe || 'screenshot'}.png`;
}

/** Full-page screenshot; returns the file's path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, fileName(name));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Call inside a test: if the test fails, a screenshot of `page` is saved
 * as `FAILED-<test name>.png` and its path printed.
 */
export function screenshotOnFailure(page: Page, name?: string): void {
  onTestFailed(async ({ task }) => {
    if (page.isClosed()) return;
    try {
      const path = await screenshot(page, `FAILED-${name ?? task.name}`);
      console.error(`[e2e] screenshot of the failed test: ${path}`);
    } catch (err) {
      console.error(`[e2e] could not take a failure screenshot: ${String(err)}`);
    }
  });
}
