/**
 * The student roster (/roster/students) of one school, measured in the
 * page (issue 2 point 7: the table "stays fast for a 10,000-student
 * school"). Used by bench/importWorkbook.ts before the import (the demo
 * school's few hundred students: the baseline) and after it (the same
 * school with 9,984 more), in the same browser context and the same run.
 *
 * What is timed, all with performance.now() in the page and checked at
 * every animation frame (so "shown" means in the next painted frame):
 * - open: a full load of /roster/students (served by the service worker;
 *   the app boots, opens its database and queries the roster of every
 *   school the user sees) until the first row is rendered, and until the
 *   count label shows the full list;
 * - grade, school: a click on a grade of the school in the org tree
 *   until the count label changes and rows are rendered, then a click on
 *   the school until it shows the whole school's count;
 * - search: a keyword (a surname) typed, then a click on 查询 until the
 *   count label changes and rows are rendered; reset: 重置 back to the
 *   whole school;
 * - scroll: one wheel event per frame on the virtualised table until it
 *   stops at the end; frame gaps while it moves.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { startCpuProfile, type ProfileHandle } from './lib/cpuProfile';
import { scrollToEnd, timeUntil, watchStart, watchStop, type Responsiveness, type ScrollOutput } from './lib/importProbes';

export interface RosterTarget {
  /** Students the user sees in total (the default scope: the user's own unit). */
  allStudents: number;
  school: string;
  schoolStudents: number;
  /** A grade node under the school in the org tree (一年级). */
  grade: string;
  /** A keyword to search for (a surname: name, pinyin and initials are searched). */
  keyword: string;
  /** Wheel delta per frame, px (48 px rows). */
  deltaY?: number;
  /** Write CPU profiles of the load and of the interactions here (names start with `label`). */
  profile?: { dir: string; label: string; log: (line: string) => void };
}

export interface RosterFigures {
  schoolStudents: number;
  /** Navigation start → first row rendered. */
  firstRowMs: number | null;
  /** Navigation start → the count label shows every student the user sees. */
  fullListMs: number | null;
  /** Click on a grade of the school in the org tree → its list shown. */
  gradeMs: number | null;
  gradeCount: number;
  /** Click on the school in the org tree (from the grade) → the whole school shown. */
  schoolMs: number | null;
  /** Click on 查询 → the filtered list shown. */
  searchMs: number | null;
  searchCount: number;
  /** Click on 重置 → the whole school shown again. */
  resetMs: number | null;
  scroll: ScrollOutput;
  /** Main thread from the grade click to the end of the reset. */
  interaction: Responsiveness;
}

const COUNT = '[data-testid="roster-count"]';
const ROW = '[data-testid="roster-row-name"]';
/** The window of el-table-v2's main grid (the element that scrolls; the fixed columns' grids follow it). */
const TABLE_WINDOW = '[data-testid="roster-table"] .el-table-v2__main .el-table-v2__body > div';
const ANY_COUNT = '共\\s*\\d+\\s*人';
const countPattern = (n: number) => `共\\s*${n}\\s*人`;
const countOf = (text: string) => Number(/共\s*(\d+)\s*人/.exec(text)?.[1] ?? NaN);
const countText = (page: Page) => page.locator(COUNT).innerText();

/** Marks an org tree node so the page itself can click it (no Playwright round trip in the timing). */
async function markTreeNode(page: Page, label: string, mark: string): Promise<void> {
  const node = page.getByTestId('org-tree').locator('.el-tree-node__content', { hasText: label }).first();
  await node.evaluate((el, m) => el.setAttribute('data-bench-target', m), mark);
}

async function stopProfile(profiler: ProfileHandle | undefined, target: RosterTarget, part: string): Promise<void> {
  if (!profiler || !target.profile) return;
  const file = join(target.profile.dir, `${target.profile.label}-${part}.cpuprofile`);
  for (const line of (await profiler.stop(file, 25)).slice(0, 30)) target.profile.log(`profile ${part}: ${line}`);
}

export async function measureRoster(page: Page, target: RosterTarget): Promise<RosterFigures> {
  let profiler = target.profile ? await startCpuProfile(page) : undefined;
  // A full load, like opening the roster from a bookmark; measured from navigation start.
  await page.goto('/roster/students', { waitUntil: 'commit' });
  const first = await timeUntil(page, { selector: COUNT, pattern: ANY_COUNT, rowSelector: ROW, since: 0, timeoutMs: 60_000 });
  const full = await timeUntil(page, { selector: COUNT, pattern: countPattern(target.allStudents), rowSelector: ROW, since: 0, timeoutMs: 60_000 });
  // Let the app settle (replication start, the tree) before the interactions.
  await page.waitForTimeout(1500);
  await stopProfile(profiler, target, 'open');

  // Reach the school's grades in the tree.
  const schoolRow = page.getByTestId('org-tree').locator('.el-tree-node__content', { hasText: target.school }).first();
  // The tree may open with the school unfolded already (the user's own unit and the levels below it).
  if (!(await page.getByTestId('org-tree').getByText(target.grade, { exact: true }).first().isVisible())) {
    await schoolRow.locator('.el-tree-node__expand-icon').click();
  }
  await page.getByTestId('org-tree').getByText(target.grade, { exact: true }).first().waitFor();
  await markTreeNode(page, target.school, 'school');
  await page.getByTestId('org-tree').getByText(target.grade, { exact: true }).first().evaluate((el) => el.setAttribute('data-bench-target', 'grade'));
  await page.waitForTimeout(300);

  profiler = target.profile ? await startCpuProfile(page) : undefined;
  const from = await watchStart(page);
  const grade = await timeUntil(page, {
    selector: COUNT,
    pattern: ANY_COUNT,
    differentFrom: await countText(page),
    rowSelector: ROW,
    clickSelector: '[data-bench-target="grade"]',
  });
  await page.waitForTimeout(300);
  const school = await timeUntil(page, {
    selector: COUNT,
    pattern: countPattern(target.schoolStudents),
    rowSelector: ROW,
    clickSelector: '[data-bench-target="school"]',
  });
  await page.waitForTimeout(300);

  await page.getByTestId('roster-search-input').fill(target.keyword);
  const search = await timeUntil(page, {
    selector: COUNT,
    pattern: ANY_COUNT,
    differentFrom: await countText(page),
    rowSelector: ROW,
    clickSelector: '[data-testid="roster-search-submit"]',
  });
  await page.waitForTimeout(300);
  const reset = await timeUntil(page, {
    selector: COUNT,
    pattern: countPattern(target.schoolStudents),
    rowSelector: ROW,
    clickSelector: '[data-testid="roster-search-reset"]',
  });
  const interaction = await watchStop(page, from);
  await stopProfile(profiler, target, 'interactions');
  await page.waitForTimeout(300);

  const scroll = await scrollToEnd(page, { selector: TABLE_WINDOW, deltaY: target.deltaY ?? 1440, rowSelector: ROW, timeoutMs: 90_000 });
  return {
    schoolStudents: target.schoolStudents,
    firstRowMs: first.ms,
    fullListMs: full.ms,
    gradeMs: grade.ms,
    gradeCount: countOf(grade.text),
    schoolMs: school.ms,
    searchMs: search.ms,
    searchCount: countOf(search.text),
    resetMs: reset.ms,
    scroll,
    interaction,
  };
}
