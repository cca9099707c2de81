// Issue 12, proof of point 1: a county administrator opens one school's
// roster while the county's first sync is still running.
//
// Deterministic by construction: the browser holds pulls (Playwright
// routes, no hook in the app or the server). `identities` pulls are held
// from the start, and `people` pulls from the moment every student of the
// chosen school has been handed to the app, until the test lets them go.
// So while the test waits for the school's list, the sync provably runs:
// requests the app waits on are parked here, and the app says so itself
// (the first-sync banner, received < total). A previous attempt waited for
// a race between a 60,000-document sync and the list (docs/county-scale.md).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OrgDoc } from '../../src/domain/schemas';
import { BENCH_PASSWORD, COUNTY_ADMIN, seedCounty, type CountyDataset } from '../../sync-server/bench/seed';
import { SQLITE_FILE } from '../../sync-server/src/storage';
import { openSqliteStorage } from '../../sync-server/src/storage/sqlite';
import { openDevice, until, waitForSynced, type Device } from './pages';
import { launchBrowser, screenshot, screenshotOnFailure, startServer, stopAllServers, type ServerHandle } from './support';

/** A county of a few dozen schools: several pull pages of people, so most of it is still to come when the school is complete. */
const DOCUMENTS = 12_000;

let server: ServerHandle;
let browser: Browser;
let dataset: CountyDataset;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiaoan-e2e-first-sync-'));
  const storage = await openSqliteStorage(join(dataDir, SQLITE_FILE));
  dataset = (await seedCounty(storage, { documents: DOCUMENTS })).dataset;
  await storage.close();
  server = await startServer({ dataDir, env: { XIAOAN_DEMO: '0' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

/**
 * The school that is complete earliest in the people pull (server order: stamp, then id; all seeded in one
 * transaction, so by id): the most people are still behind the hold once its students are in. Its name is
 * unique in the county, so the tree's search finds it alone.
 */
function earliestSchool(): { school: OrgDoc; students: Set<string> } {
  const schools = dataset.orgs.filter((o) => o.kind === 'school');
  const studentsOf = (school: OrgDoc) => dataset.people.filter((p) => p.kind === 'student' && p.schoolId === school.id && p.deletedAt === 0);
  const lastId = (school: OrgDoc) => studentsOf(school).reduce((max, p) => (p.id > max ? p.id : max), '');
  const unique = schools.filter((s) => studentsOf(s).length > 0 && schools.filter((o) => o.name.includes(s.name)).length === 1);
  const school = unique.sort((a, b) => (lastId(a) < lastId(b) ? -1 : 1))[0];
  if (!school) throw new Error('no school with students and a unique name in the seeded county');
  return { school, students: new Set(studentsOf(school).map((p) => p.id)) };
}

/** Parks pulls in the browser until `release`: identities at once, people once every student of the school was delivered. */
async function holdPulls(device: Device, schoolStudents: Set<string>) {
  const held: Route[] = [];
  const missing = new Set(schoolStudents);
  let released = false;
  await device.context.route(/\/api\/sync\/(people|identities)\/pull\?/, async (route) => {
    const collection = /\/api\/sync\/(\w+)\/pull/.exec(route.request().url())?.[1];
    if (!released && (collection === 'identities' || missing.size === 0)) {
      held.push(route);
      return;
    }
    const response = await route.fetch();
    if (collection === 'people') {
      const page = (await response.json()) as { documents: { id: string }[] };
      for (const doc of page.documents) missing.delete(doc.id);
    }
    await route.fulfill({ response });
  });
  return {
    held,
    schoolDelivered: () => missing.size === 0,
    async release() {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** '已接收 1,234 / 12,000 条' → [1234, 12000]. */
function receivedOfTotal(text: string): [number, number] {
  const match = /已接收\s*([\d,]+)\s*\/\s*([\d,]+)\s*条/.exec(text);
  if (!match) throw new Error(`unexpected progress text: ${text}`);
  return [Number(match[1]?.replace(/,/g, '')), Number(match[2]?.replace(/,/g, ''))];
}

it('shows a school’s students while the county is still arriving, with the first sync’s progress', async () => {
  const { school, students } = earliestSchool();
  // No service worker: every request of the page goes through the routes (the worker is not what this tests).
  const device = await openDevice(browser, server.url, { serviceWorkers: 'block' });
  screenshotOnFailure(device.page, 'first-sync-roster');
  const pulls = await holdPulls(device, students);

  await device.login.goto();
  await device.login.signIn(COUNTY_ADMIN, BENCH_PASSWORD);
  await device.roster.waitShown();

  // The banner: received of the server's totals, while requests of the sync are parked here.
  const banner = device.page.getByTestId('first-sync');
  await banner.waitFor();
  await until(() => Promise.resolve(pulls.held.length), (n) => n > 0, { what: 'a pull the app waits on to be held' });

  // Find the school through the tree's search (the tree is virtualised) and open its list.
  await device.page.getByTestId('org-tree').getByRole('textbox').fill(school.name);
  await device.roster.selectUnit(school.name);
  await device.roster.waitForCount(students.size);

  // Still running: the identities the app asked for have not been answered, and it says so.
  expect(pulls.held.length).toBeGreaterThan(0);
  expect(pulls.schoolDelivered()).toBe(true);
  const [received, total] = receivedOfTotal(await device.page.getByTestId('first-sync-total').innerText());
  expect(received).toBeLessThan(total);
  expect(total).toBeGreaterThanOrEqual(DOCUMENTS);
  await screenshot(device.page, 'first-sync-roster-while-arriving');

  // Let the rest in: the first sync completes, the banner goes, the school's list is unchanged.
  await pulls.release();
  await banner.waitFor({ state: 'detached', timeout: 120_000 });
  await waitForSynced(device, 120_000);
  await device.page.goto('/roster/students');
  await device.page.getByTestId('org-tree').getByRole('textbox').fill(school.name);
  await device.roster.selectUnit(school.name);
  await device.roster.waitForCount(students.size);
  await device.context.close();
});
