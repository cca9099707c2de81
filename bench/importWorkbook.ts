/**
 * Issue 4 point 10 and issue 2 point 7, in Chromium:
 *
 * 1. Import `../shared/fixtures/large/学生账号导入-10k.xlsx` (9,984 students in
 *    six grade sheets, 32 classes per grade) through the real wizard at
 *    /import — read and checked in the import worker, planned (pinyin
 *    usernames, passwords) there too, committed through the import journal
 *    into RxDB — timed from the file input's `change` until the result step
 *    is painted (commitImport has resolved: every document is in IndexedDB;
 *    the counts are checked afterwards). Main-thread responsiveness
 *    throughout (PerformanceObserver 'longtask' and animation-frame gaps).
 *    Baseline, same run and same browser: SheetJS parse of the same bytes
 *    (`XLSX.read(buf, {dense: true})`), the data rows as objects, one Dexie
 *    `bulkPut` into a scratch database.
 * 2. The student roster of that school before the import (about 500
 *    students) and after it (10,000 more): bench/rosterScroll.ts.
 *
 * Target school: not the demo's. The demo's synthetic ID numbers come from
 * the same kind of generator as the file's and two of them are in the
 * file: imported into the demo's 老城街道中心小学 the wizard rightly reports
 * one changed row (an ID number a student of that school holds) and one
 * faulty row (an ID number someone else holds) and refuses the
 * all-or-nothing import. So the server runs with
 * XIAOAN_DEMO=0 and a county seeded with sync-server/bench/seed.ts's
 * generator, cut to one school of about 500 students (老城中心小学, classes
 * 一班…四班 of 一年级…三年级), without the seeded people whose ID numbers
 * are in the file (2 of 542). The county administrator (bench-county)
 * imports on the school's behalf. The file names 一班…三十二班 per grade,
 * well-formed names the class check accepts; the wizard creates the
 * missing class units in the same commit. The import runs offline (after
 * the first sync, like tests/e2e/import.test.ts): nothing uploads while it
 * is measured. Each round uses a fresh browser context.
 *
 *   npx tsx bench/importWorkbook.ts [--rounds 2] [--json] [--no-roster]
 *     [--profile <dir>]   (CPU profiles of the page's main thread: each import, the roster's load and clicks;
 *                          build with --minify false and pass it as XIAOAN_BENCH_DIST for readable names)
 *     [--upload]          (then online on the result step: time until everything is uploaded and synced back)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import type { CollectionName } from '../src/domain/schemas';
import { emitResult, formatCount, formatSeconds, type BenchMetric, type BenchResult } from '../sync-server/bench/result';
import { BENCH_PASSWORD, COUNTY_ADMIN, generateCounty } from '../sync-server/bench/seed';
import { createAccount } from '../sync-server/src/auth/accounts';
import { commit } from '../sync-server/src/replication/commit';
import { toWrite, type WireDoc } from '../sync-server/src/replication/docs';
import { ChangeHub } from '../sync-server/src/replication/hub';
import { validateDoc } from '../sync-server/src/replication/validate';
import { SQLITE_FILE } from '../sync-server/src/storage';
import { openSqliteStorage } from '../sync-server/src/storage/sqlite';
import { chooseOption, openDevice, waitForSynced, type Device } from '../tests/e2e/pages';
import {
  collectPageErrors,
  goOffline,
  goOnline,
  launchBrowser,
  newAppContext,
  startServer,
  stopAllServers,
  waitForServiceWorker,
  type ServerHandle,
} from '../tests/e2e/support';
import { appBuildForBench, repoRoot } from './lib/appBuild.mjs';
import { startCpuProfile } from './lib/cpuProfile';
import { heapMB } from './lib/heap';
import { DEXIE_UMD_PATH, installProbes, waitForDocs } from './lib/pageProbes';
import {
  armImport,
  idbTraceStart,
  idbTraceStop,
  importDone,
  installImportProbes,
  runImportBaseline,
  watchStart,
  watchStop,
  XLSX_UMD_PATH,
  type BaselineOutput,
  type IdbTransaction,
  type ImportOutcome,
  type Responsiveness,
} from './lib/importProbes';
import { measureRoster, type RosterFigures } from './rosterScroll';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
    'no-roster': { type: 'boolean', default: false },
    // After the import, go online on the result step and time the upload (not part of the default run).
    upload: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
    profile: { type: 'string' },
  },
});
const ROUNDS = Math.max(1, Number(values.rounds));
const TIMEOUT_MS = Number(values.timeout) * 1000;
const ROSTER = !values['no-roster'];

const FILE = resolve(repoRoot, '../shared/fixtures/large/学生账号导入-10k.xlsx');
const ROWS = 9984;
/** Documents of the seeded county: one school of about 500 students and their identities. */
const SEED_DOCUMENTS = 1100;
const SCHOOL = '老城中心小学';
const GRADE = '一年级';
/** A common surname: the search narrows 10,000 students to a few hundred. */
const KEYWORD = '王';
const TARGET_MS = 3000;
const TARGET_RATIO = 2;
const DB_PREFIX = 'rxdb-dexie-xiaoan-';
const COUNTED = ['people', 'identities', 'accounts', 'orgs'] as const;

const log = (line: string) => console.log(`[import-workbook] ${line}`);
const loadAverage = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const ms = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${Math.round(n)} ms`);

interface ImportRun {
  /** File chosen → result step painted; null if the import failed or wrote less than the file. */
  ms: number | null;
  /** File chosen → preview counts shown (read, checked, planned). */
  previewMs: number | null;
  /** 确认导入 clicked → result step painted. */
  commitMs: number | null;
  outcome: ImportOutcome;
  /** Milliseconds from t0 of each step. */
  steps: Record<string, number>;
  responsiveness: Responsiveness;
  commitTrace: { db: string; transactions: number; busyMs: number; firstMs: number; lastMs: number }[];
  added: Record<string, number>;
  /** JS heap after the import, after a GC (MB). */
  heapMB: number;
  errors: string[];
}

interface Round {
  baseline: BaselineOutput;
  run: ImportRun;
  rosterBefore?: RosterFigures;
  rosterAfter?: RosterFigures;
}

/** The file's ID numbers, upper-cased as the import normalises them. */
function fixtureIdNumbers(): Set<string> {
  const workbook = XLSX.read(readFileSync(FILE), { dense: true });
  const ids = new Set<string>();
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    for (const cells of XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false }).slice(3)) {
      const id = String(cells[1] ?? '').trim().toUpperCase();
      if (id) ids.add(id);
    }
  }
  return ids;
}

interface Seeded {
  server: ServerHandle;
  dataDir: string;
  students: number;
  /** Seeded people left out because their ID number is in the file. */
  leftOut: number;
}

/**
 * A fresh server without the demo, holding the bench county cut to one
 * school (generateCounty of sync-server/bench/seed.ts), minus the people
 * whose ID numbers the file holds, and the county administrator.
 */
async function seedServer(distDir: string): Promise<Seeded> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiaoan-bench-import-'));
  try {
    const inFile = fixtureIdNumbers();
    const dataset = generateCounty({ documents: SEED_DOCUMENTS });
    const clashing = new Set(dataset.identities.filter((i) => inFile.has(i.idNumber)).map((i) => i.id));
    const people = dataset.people.filter((p) => !clashing.has(p.id));
    const identities = dataset.identities.filter((i) => !clashing.has(i.id));
    const storage = await openSqliteStorage(join(dataDir, SQLITE_FILE));
    await commit(storage, new ChangeHub(), async (tx, changes) => {
      const collections: [CollectionName, object[]][] = [
        ['orgs', dataset.orgs],
        ['people', people],
        ['identities', identities],
      ];
      for (const [collection, docs] of collections) {
        const writes = docs.map((doc) => {
          const checked = validateDoc(collection, { ...doc, _deleted: false });
          if (!checked.ok) throw new Error(`seeded ${collection} document invalid: ${checked.message}`);
          return toWrite(collection, checked.doc as WireDoc);
        });
        await tx.putDocs(collection, writes);
      }
      await createAccount(tx, changes, {
        username: COUNTY_ADMIN,
        password: BENCH_PASSWORD,
        mustChangePassword: false,
        displayName: 'bench',
        createdBy: 'bench',
        role: 'county_admin',
        orgId: dataset.countyId,
        orgPath: dataset.countyPath,
      });
    });
    await storage.analyze();
    await storage.close();
    const server = await startServer({ dataDir, env: { XIAOAN_DEMO: '0', XIAOAN_DIST_DIR: distDir } });
    const students = people.filter((p) => p.kind === 'student').length;
    return { server, dataDir, students, leftOut: clashing.size };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Signs in online, lets the service worker take over and waits for the first sync. */
async function signInAndSync(device: Device, students: number): Promise<void> {
  await device.login.goto();
  await waitForServiceWorker(device.page);
  await device.login.signIn(COUNTY_ADMIN, BENCH_PASSWORD);
  await device.roster.waitShown();
  await device.roster.waitForCount(students);
  await waitForSynced(device);
}

/** Baseline in a context of its own: a blank page of the server's origin, no app. */
async function baselineRun(browser: Browser, server: ServerHandle): Promise<BaselineOutput> {
  const context = await newAppContext(browser, server.url, { serviceWorkers: 'block' });
  try {
    await context.route('**/__bench_blank', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await context.route('**/__bench_file', (route) => route.fulfill({ contentType: 'application/octet-stream', path: FILE }));
    await installImportProbes(context);
    const page = await context.newPage();
    await page.goto('/__bench_blank');
    await page.addScriptTag({ path: XLSX_UMD_PATH });
    await page.addScriptTag({ path: DEXIE_UMD_PATH });
    // Keyed by ID number, indexed on what a roster filters these rows by.
    return await runImportBaseline(page, { url: '/__bench_file', dbName: 'xiaoan-bench-import', schema: 'id, grade, className' });
  } finally {
    await context.close();
  }
}

async function localCounts(page: Page): Promise<Record<string, number>> {
  await installProbes(page);
  const expected = Object.fromEntries(COUNTED.map((c) => [c, 0]));
  return (await waitForDocs(page, { expected, dbPrefix: DB_PREFIX, pollMs: 100, timeoutMs: 5000 })).counts;
}

/** "rxdb-dexie-xiaoan-<user>--0--people" → "people"; RxDB's internal stores by their last part. */
const collectionOf = (db: string) => db.split('--').pop() ?? db;

function summariseTrace(trace: IdbTransaction[], t0: number): ImportRun['commitTrace'] {
  const byDb = new Map<string, IdbTransaction[]>();
  for (const tx of trace) byDb.set(collectionOf(tx.db), [...(byDb.get(collectionOf(tx.db)) ?? []), tx]);
  return [...byDb].map(([db, list]) => ({
    db,
    transactions: list.length,
    busyMs: Math.round(list.reduce((sum, tx) => sum + (Math.abs(tx.end) - tx.start), 0)),
    firstMs: Math.round(Math.min(...list.map((tx) => tx.start)) - t0),
    lastMs: Math.round(Math.max(...list.map((tx) => Math.abs(tx.end))) - t0),
  })).sort((a, b) => a.firstMs - b.firstMs);
}

async function importRun(device: Device): Promise<ImportRun> {
  const { page } = device;
  const collected = collectPageErrors(page);
  // Offline, the app's replication keeps failing to reach the server: expected, not an error of the import.
  const errors = {
    get list() {
      return collected.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));
    },
  };
  // Through the app's navigation (the page came from the service worker, offline).
  await page.locator('.layout__nav').getByText('导入', { exact: true }).click();
  await page.getByTestId('import-page').waitFor();
  await chooseOption(page, page.getByTestId('import-school'), SCHOOL);
  const before = await localCounts(page);

  await armImport(page);
  await idbTraceStart(page);
  const from = await watchStart(page);
  const profiler = values.profile ? await startCpuProfile(page) : undefined;
  await page.getByTestId('import-file-input').setInputFiles(FILE);
  const outcome = await importDone(page, TIMEOUT_MS);
  if (!outcome.ok) log(`import did not complete: ${JSON.stringify(outcome)}`);
  const trace = await idbTraceStop(page);
  if (profiler && values.profile) {
    const file = join(values.profile, `import-workbook-${Date.now()}.cpuprofile`);
    for (const line of await profiler.stop(file)) log(`profile: ${line}`);
    log(`profile written to ${file}`);
  }
  const t0 = outcome.marks?.t0 ?? from;
  // The result step painted: commitImport has resolved and the user sees it.
  const end = outcome.marks.painted ?? outcome.marks.result;
  const responsiveness = await watchStop(page, t0, end);
  const after = await localCounts(page);
  const heapAfter = await heapMB(page);
  const added = Object.fromEntries(COUNTED.map((c) => [c, (after[c] ?? 0) - (before[c] ?? 0)]));
  const complete = added.people === ROWS && added.identities === ROWS && added.accounts === ROWS;
  if (outcome.ok && !complete) log(`the import did not write ${ROWS} people, identities and accounts: ${JSON.stringify(added)}`);
  const steps = Object.fromEntries(
    [...Object.entries(outcome.phases).map(([k, v]) => [`progress:${k}`, v] as const), ...Object.entries(outcome.marks)]
      .filter(([k]) => k !== 't0')
      .map(([k, v]) => [k, Math.round(v - t0)])
      .sort((a, b) => (a[1] as number) - (b[1] as number)),
  );
  const commitStart = outcome.marks['click:import-commit-all'] ?? t0;
  return {
    ms: outcome.ok && complete && end !== undefined ? end - t0 : null,
    previewMs: outcome.marks.preview === undefined ? null : outcome.marks.preview - t0,
    commitMs: end === undefined || commitStart === t0 ? null : end - commitStart,
    outcome,
    steps,
    responsiveness,
    commitTrace: summariseTrace(trace.filter((tx) => tx.start >= commitStart - 1), commitStart),
    added,
    heapMB: heapAfter,
    errors: errors.list,
  };
}

async function round(browser: Browser, seeded: Seeded, n: number): Promise<Round> {
  const { server, students: schoolStudents } = seeded;
  const baseline = await baselineRun(browser, server);
  log(
    `round ${n}, baseline: ${formatSeconds(baseline.totalMs)} (XLSX.read ${ms(baseline.parseMs)}, rows ${ms(baseline.rowsMs)}, ` +
      `bulkPut ${ms(baseline.putMs)}; ${formatCount(baseline.stored)} rows stored)`,
  );
  if (baseline.stored !== ROWS) throw new Error(`baseline stored ${baseline.stored} rows, expected ${ROWS}`);

  const device = await openDevice(browser, server.url);
  try {
    await installImportProbes(device.context);
    await signInAndSync(device, schoolStudents);
    // The county is this one school: the whole list and the school's are the same students.
    const allStudents = schoolStudents;
    await goOffline(device.context);
    const out: Round = { baseline, run: undefined as unknown as ImportRun };
    if (ROSTER) {
      out.rosterBefore = await measureRoster(device.page, { allStudents, school: SCHOOL, schoolStudents, grade: GRADE, keyword: KEYWORD });
      log(`round ${n}, roster at ${schoolStudents} students: ${rosterLine(out.rosterBefore)}`);
    }
    out.run = await importRun(device);
    const { run } = out;
    log(
      run.ms === null
        ? `round ${n}, import: FAILED (${run.outcome.error ?? 'unknown'})`
        : `round ${n}, import: ${formatSeconds(run.ms)} = ${(run.ms / baseline.totalMs).toFixed(2)}× this round's baseline; ` +
            `steps ${Object.entries(run.steps).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
    log(`round ${n}, import wrote ${JSON.stringify(run.added)}; main thread: ${responsivenessLine(run.responsiveness)}`);
    log(`round ${n}, commit's IndexedDB writes: ${traceLine(run.commitTrace)}`);
    if (run.errors.length) log(`page errors: ${run.errors.slice(0, 5).join(' | ')}`);
    if (values.upload && run.ms !== null) await uploadRun(device, n);
    if (ROSTER && run.ms !== null) {
      out.rosterAfter = await measureRoster(device.page, {
        allStudents: allStudents + ROWS,
        school: SCHOOL,
        schoolStudents: schoolStudents + ROWS,
        grade: GRADE,
        keyword: KEYWORD,
        ...(values.profile ? { profile: { dir: values.profile, label: `roster-${n}`, log } } : {}),
      });
      log(`round ${n}, roster at ${schoolStudents + ROWS} students: ${rosterLine(out.rosterAfter)}`);
    }
    return out;
  } finally {
    await device.context.close();
  }
}

/**
 * Online again on the result step: the 30,000 documents upload, the server
 * assigns the final usernames and they come back (the result step's account
 * list follows them live). Timed until the header shows everything synced.
 */
async function uploadRun(device: Device, n: number): Promise<void> {
  const { page } = device;
  const from = await watchStart(page);
  const started = Date.now();
  await goOnline(device.context);
  await waitForSynced(device, 300_000);
  const ms = Date.now() - started;
  const pending = await page.getByTestId('import-result-accounts').innerText().then((t) => t.includes('待同步确认')).catch(() => null);
  log(`round ${n}, upload after the import: ${formatSeconds(ms)} until 已全部同步 (result page still showing 待同步确认: ${pending}); main thread: ${responsivenessLine(await watchStop(page, from))}`);
  await goOffline(device.context);
}

function responsivenessLine(r: Responsiveness): string {
  return (
    `longest task ${r.longestTaskMs} ms (${r.longTasks} long tasks, blocking ${r.blockingMs} ms), ` +
    `longest frame gap ${r.maxGapMs} ms, p95 ${r.p95GapMs} ms, ${r.over100} gaps > 100 ms in ${r.frames} frames`
  );
}

function traceLine(trace: ImportRun['commitTrace']): string {
  return trace.map((t) => `${t.db} ${t.transactions} tx ${t.busyMs} ms [${t.firstMs}–${t.lastMs}]`).join('; ');
}

function rosterLine(r: RosterFigures): string {
  return (
    `first row ${ms(r.firstRowMs)}, full list ${ms(r.fullListMs)} after navigation; ${GRADE} in the tree ${ms(r.gradeMs)} ` +
    `(${r.gradeCount} rows), back to the school ${ms(r.schoolMs)}; ` +
    `search "${KEYWORD}" ${ms(r.searchMs)} (${r.searchCount} rows); reset ${ms(r.resetMs)}; ` +
    `scroll to the end ${ms(r.scroll.ms)} in ${r.scroll.frames} frames, frame gaps median ${r.scroll.medianGapMs} ms, ` +
    `p95 ${r.scroll.p95GapMs} ms, longest ${r.scroll.maxGapMs} ms; longest main-thread task of the clicks ${r.interaction.longestTaskMs} ms`
  );
}

const best = (xs: (number | null | undefined)[]): number | null => {
  const done = xs.filter((x): x is number => typeof x === 'number');
  return done.length ? Math.min(...done) : null;
};

function rosterMetrics(rounds: Round[]): BenchMetric[] {
  const pairs = rounds.filter((r) => r.rosterBefore && r.rosterAfter) as (Round & { rosterBefore: RosterFigures; rosterAfter: RosterFigures })[];
  if (!pairs.length) return [];
  const small = pairs[0]?.rosterBefore.schoolStudents ?? 0;
  const large = pairs[0]?.rosterAfter.schoolStudents ?? 0;
  const row = (label: string, pick: (f: RosterFigures) => number | null): BenchMetric => {
    const a = best(pairs.map((p) => pick(p.rosterAfter)));
    const b = best(pairs.map((p) => pick(p.rosterBefore)));
    return {
      name: `roster, ${label}: ${formatCount(large)} vs ${formatCount(small)} students`,
      value: a === null ? -1 : Math.round(a),
      unit: 'ms',
      display: `${ms(a)} vs ${ms(b)}${a !== null && b ? ` = ${(a / b).toFixed(1)}×` : ''}`,
    };
  };
  return [
    row('first row after a full load', (f) => f.firstRowMs),
    row(`${GRADE} chosen in the tree → list`, (f) => f.gradeMs),
    row('school chosen in the tree → list', (f) => f.schoolMs),
    row(`search "${KEYWORD}" → list`, (f) => f.searchMs),
    row('scroll to the end, median frame gap', (f) => f.scroll.medianGapMs),
    row('scroll to the end, p95 frame gap', (f) => f.scroll.p95GapMs),
    row('scroll to the end, longest frame gap', (f) => f.scroll.maxGapMs),
  ];
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) throw new Error(`fixture not found: ${FILE}`);
  const loadBefore = loadAverage();
  const build = appBuildForBench(log);
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await stopAllServers();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    build.remove();
  };
  process.once('SIGTERM', () => void stop().finally(() => process.exit(143)));
  try {
    const seeded = await seedServer(build.dir);
    dataDir = seeded.dataDir;
    log(
      `server ${seeded.server.url} (pid ${seeded.server.pid}, log ${seeded.server.logFile}): ${SCHOOL}, ` +
        `${seeded.students} students (${seeded.leftOut} seeded people left out: their ID numbers are in the file)`,
    );
    browser = await launchBrowser();
    const version = browser.version();
    log(`Chromium ${version}; ${ROUNDS} round(s) of: baseline, sign-in + first sync, ${ROSTER ? 'roster, ' : ''}import${ROSTER ? ', roster' : ''}`);
    const rounds: Round[] = [];
    for (let n = 1; n <= ROUNDS; n++) rounds.push(await round(browser, seeded, n));
    const loadAfter = loadAverage();
    emit(rounds, seeded, version, loadBefore, loadAfter);
  } finally {
    await stop();
  }
}

function emit(rounds: Round[], seeded: Seeded, version: string, loadBefore: string, loadAfter: string): void {
  const baseBest = best(rounds.map((r) => r.baseline.totalMs)) ?? 0;
  const importBest = best(rounds.map((r) => r.run.ms));
  const bestRound = rounds.find((r) => r.run.ms !== null && r.run.ms === importBest) ?? rounds[0];
  const ratio = importBest === null ? null : importBest / baseBest;
  const all = (xs: (number | null)[]) => xs.map((x) => (x === null ? 'failed' : (x / 1000).toFixed(2))).join(' / ') + ' s';
  const worstTask = Math.max(...rounds.map((r) => r.run.responsiveness.longestTaskMs));
  const worstGap = Math.max(...rounds.map((r) => r.run.responsiveness.maxGapMs));
  const previewBest = best(rounds.map((r) => r.run.previewMs));
  const commitBest = best(rounds.map((r) => r.run.commitMs));
  const metrics: BenchMetric[] = [
    {
      name: `import baseline: XLSX.read + Dexie bulkPut, ${formatCount(ROWS)} rows (best of ${ROUNDS})`,
      value: Math.round(baseBest),
      unit: 'ms',
      display: `${formatSeconds(baseBest)} (runs: ${all(rounds.map((r) => r.baseline.totalMs))})`,
    },
    {
      name: `import through the wizard: file chosen → committed, result shown (best of ${ROUNDS})`,
      value: importBest === null ? -1 : Math.round(importBest),
      unit: 'ms',
      display: importBest === null ? 'failed' : `${formatSeconds(importBest)} (runs: ${all(rounds.map((r) => r.run.ms))})`,
      target: `≤ ${TARGET_MS / 1000} s`,
      met: importBest !== null && importBest <= TARGET_MS,
    },
    {
      name: 'import ÷ baseline',
      value: ratio === null ? -1 : Math.round(ratio * 100) / 100,
      unit: '×',
      display: ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`,
      target: `≤ ${TARGET_RATIO}×`,
      met: ratio !== null && ratio <= TARGET_RATIO,
    },
    {
      name: 'JS heap after the import, after a GC (largest of the rounds)',
      value: Math.round(Math.max(...rounds.map((r) => r.run.heapMB))),
      unit: 'MB',
      display: `${Math.max(...rounds.map((r) => r.run.heapMB)).toFixed(1)} MB`,
    },
    {
      name: 'import, part: file chosen → preview counts (read, checked, planned in the worker)',
      value: previewBest === null ? -1 : Math.round(previewBest),
      unit: 'ms',
      display: previewBest === null ? 'n/a' : formatSeconds(previewBest),
    },
    {
      name: 'import, part: 确认导入 → result shown (journal of ids, 30,000 RxDB documents)',
      value: commitBest === null ? -1 : Math.round(commitBest),
      unit: 'ms',
      display: commitBest === null ? 'n/a' : formatSeconds(commitBest),
    },
    {
      name: 'import: longest main-thread task / longest frame gap (worst round)',
      value: worstTask,
      unit: 'ms',
      display: `${worstTask} ms / ${worstGap} ms`,
      // "Responsive": no freeze a user would notice; 200 ms is the INP "good" limit.
      target: 'both ≤ 200 ms',
      met: worstTask <= 200 && worstGap <= 200,
    },
    ...rosterMetrics(rounds),
  ];
  const b = bestRound?.baseline;
  const r = bestRound?.run;
  const before = bestRound?.rosterBefore;
  const after = bestRound?.rosterAfter;
  const result: BenchResult = {
    id: 'import-workbook',
    title: 'Excel import of 9,984 students in Chromium, and the roster at 10,000 students',
    metrics,
    notes: [
      `File: \`../shared/fixtures/large/学生账号导入-10k.xlsx\` (${formatCount(ROWS)} students, six grade sheets, 一班…三十二班 each, 308 KB). ` +
        `Target: ${SCHOOL} of a fresh server without the demo (XIAOAN_DEMO=0), seeded with sync-server/bench/seed.ts's county ` +
        `generator cut to that one school: ${formatCount(seeded.students)} students in 一班…四班 of 一年级…三年级, plus teachers. ` +
        `The ${seeded.leftOut} seeded people whose synthetic ID numbers are also in the file are left out (the same collision makes the ` +
        "demo's 老城街道中心小学 refuse the file: one changed row, and one faulty row whose ID number someone else holds). The " +
        "county administrator imports on the school's behalf after its first sync, offline (as tests/e2e/import.test.ts does: nothing " +
        'uploads during the measurement). The wizard creates the missing class units in the same commit, so the whole file imports; ' +
        'afterwards the local database is checked to hold 9,984 more people, identities and accounts.',
      `Chromium ${version} (Debian, headless, the e2e flags), 1366×768, a fresh browser context per round; ${ROUNDS} rounds, the ` +
        `table shows the best (load average before ${loadBefore}, after ${loadAfter}; other work on this 2-core machine slows single runs).`,
      "Import clock: from the file input's `change` event (Playwright `setInputFiles`) until the result step is painted (the first " +
        'animation frame after it was inserted: `commitImport` has resolved, every document is in IndexedDB). The page itself clicks ' +
        "开始校验, 下一步 and 确认导入 (all or nothing) the moment each is enabled, so Playwright's round trips are not in the figure. " +
        'Responsiveness over the same span: PerformanceObserver `longtask` and the gaps between animation frames.',
      "Baseline, same run and browser, a blank page of the server's origin: `XLSX.read(buf, {dense: true})` of the same bytes " +
        '(SheetJS 0.20.3 UMD build), `sheet_to_json` of the six sheets into 9,984 plain objects, one Dexie `bulkPut` into a scratch ' +
        'database keyed by ID number and indexed on grade and class.' +
        (b ? ` In the round of the best import: ${formatSeconds(b.totalMs)} = read ${ms(b.parseMs)} + rows ${ms(b.rowsMs)} + bulkPut ${ms(b.putMs)}.` : ''),
      ...(r && r.ms !== null
        ? [
            'Where the import\'s time goes (best round, ms after the file was chosen; progress:* = the first time the progress ' +
              'text showed that phase): ' +
              Object.entries(r.steps).map(([k, v]) => `${k} ${v}`).join(', ') +
              `. Written: ${Object.entries(r.added).map(([k, v]) => `${k} +${formatCount(v)}`).join(', ')}.`,
            "Commit, the read-write IndexedDB transactions per database (RxDB's Dexie storage keeps one database per collection; " +
              '`plugin-local-documents` holds the import journal): count, total time open, first–last ms after the 确认导入 click: ' +
              `${traceLine(r.commitTrace)}.`,
            `Main thread during the import (best round): ${responsivenessLine(r.responsiveness)}; the longest tasks ` +
              `[ms after the file was chosen, duration]: ${JSON.stringify(r.responsiveness.tasks.slice(0, 6))}.`,
            'Why the import is several times the baseline (CPU profiles, `--profile <dir>` on a `vite build --minify false`): the ' +
              'baseline writes 9,984 small rows once; the app writes each student three times (people, identities — the ID numbers ' +
              'live in their own collection so that roles without them never replicate them — and accounts), 30,000 RxDB documents ' +
              'of 300–600 bytes, first as one 14 MB import journal (crash safety), then collection by collection, each preceded by ' +
              'a read of the same ids (the journal is re-applicable), each RxDB bulk write reading the ids again before putting them; ' +
              "RxDB's replication reacts to every write (offline: a push attempt that fails, building an RxError with the batch in its " +
              'message), and the plan (pinyin usernames and search keys, passwords) takes about half a second in the worker.',
          ]
        : []),
      ...(before && after
        ? [
            `Roster (/roster/students, bench/rosterScroll.ts), in the same context, offline, before the import (${formatCount(before.schoolStudents)} ` +
              `students) and after it (${formatCount(after.schoolStudents)}). Open: a full load (service worker), the clock from navigation start, ` +
              'the county selected (this county is the one school). Then, clicked from the page: 一年级 in the org tree (the school\'s ' +
              'list is read, narrowed to the grade), the school (same rows, no grade), 查询 with the keyword, 重置; then one wheel event ' +
              'of 1,440 px (30 rows) per frame on the virtualised table until it stops at the end. "Shown" means the count label and at ' +
              'least one row are in the DOM at an animation frame.',
            `- before: ${rosterLine(before)}`,
            `- after: ${rosterLine(after)}`,
          ]
        : []),
      ...rounds.map(
        (x, i) =>
          `- round ${i + 1}: baseline ${formatSeconds(x.baseline.totalMs)}, import ${x.run.ms === null ? `failed (${x.run.outcome.error ?? 'incomplete'})` : formatSeconds(x.run.ms)}` +
          (x.run.errors.length ? `; page errors: ${x.run.errors.slice(0, 3).join(' | ')}` : ''),
      ),
    ],
    details: {
      rows: ROWS,
      rounds: rounds.map((x) => ({
        baseline: x.baseline,
        import: { ms: x.run.ms, steps: x.run.steps, added: x.run.added, responsiveness: x.run.responsiveness, commitTrace: x.run.commitTrace },
        rosterBefore: x.rosterBefore,
        rosterAfter: x.rosterAfter,
      })),
      load: { before: loadBefore, after: loadAfter },
    },
  };
  if (values.json) emitResult(result);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAllServers().catch(() => undefined);
  process.exit(1);
});
