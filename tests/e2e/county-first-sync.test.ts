// A county administrator's first sign-in on a fresh browser (issue 12 point 1):
// a school's roster can be opened while the county is still arriving. Above
// school level the roster reads a page, not the whole county, so it does not
// hold up the first sync; a school's list shows the people already stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_PASSWORD, COUNTY_ADMIN, seedCounty, type SeededCounty } from '../../sync-server/bench/seed';
import { SQLITE_FILE } from '../../sync-server/src/storage';
import { openSqliteStorage } from '../../sync-server/src/storage/sqlite';
import { launchBrowser, newAppContext, screenshotOnFailure, startServer, stopAllServers, type ServerHandle } from './support';
import { LoginPage } from './pages';

let browser: Browser;
let server: ServerHandle;
let seeded: SeededCounty;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'xiaoan-e2e-county-'));
  const storage = await openSqliteStorage(join(dataDir, SQLITE_FILE));
  // Large enough that the first sync takes a while on any machine: 60,000 documents, ~28,000 students.
  seeded = await seedCounty(storage, { documents: 60_000 });
  await storage.close();
  server = await startServer({ dataDir, env: { XIAOAN_DEMO: '0' } });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stopAllServers();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Documents in the app's IndexedDB, committed ones only (each collection's `docs` store). */
function storedDocuments(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // rxdb-dexie-<database>--<schema version>--<collection>; not the replication's meta stores.
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => /^rxdb-dexie-xiaoan-.*--\d+--(orgs|people|identities|accounts)$/.test(n));
    let total = 0;
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (db.objectStoreNames.contains('docs')) {
        total += await new Promise<number>((resolve) => {
          const request = db.transaction('docs').objectStore('docs').count();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
    }
    return total;
  });
}

describe('a county administrator on a fresh browser', () => {
  it("opens a school's roster while the first sync is still running", { timeout: 240_000 }, async () => {
    const context = await newAppContext(browser, server.url);
    const page = await context.newPage();
    screenshotOnFailure(page);
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(COUNTY_ADMIN, BENCH_PASSWORD);

    await page.waitForURL('**/roster/students', { timeout: 60_000 });

    // The server sends people in id order. Real ids are random, so every school's people arrive spread over
    // the whole sync; the bench county's ids go school by school, so its first school is the one that
    // arrives the way any school would in a real county: from the first pages on.
    const school = seeded.dataset.orgs.find((o) => o.id === seeded.dataset.firstSchool.id);
    const township = seeded.dataset.orgs.find((o) => o.id === school?.parentId);
    if (!school || !township) throw new Error('no school in the seeded county');
    // The units come first (few); the tree's search narrows it to the school (the tree is virtualised).
    const tree = page.getByTestId('org-tree');
    const node = (name: string) => tree.locator('.el-tree-node__content', { hasText: name }).first();
    await node(township.name).waitFor({ timeout: 60_000 });
    await tree.locator('.org-tree__search input').fill(school.name);
    await node(school.name).click();
    await expect.poll(() => page.locator('.roster-page__scope').innerText(), { timeout: 30_000 }).toBe(school.name);

    // Its students show as soon as some of them are stored…
    await page.getByTestId('roster-row-name').first().waitFor({ timeout: 120_000 });
    const shown = Number((await page.getByTestId('roster-count').innerText()).match(/共 (\d+) 人/)?.[1] ?? 0);
    expect(shown).toBeGreaterThan(0);
    // …while the county is still arriving.
    expect(await storedDocuments(page)).toBeLessThan(seeded.documents);
    await context.close();
  });
});
