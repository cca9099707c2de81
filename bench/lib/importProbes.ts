/**
 * Node-side handle on importProbes.js (the code that runs in the pages of
 * the import and roster benches): its path, input and output types, and
 * typed calls through page.evaluate.
 */
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

export const IMPORT_PROBES_PATH = fileURLToPath(new URL('./importProbes.js', import.meta.url));
export const XLSX_UMD_PATH = fileURLToPath(new URL('../../node_modules/xlsx/dist/xlsx.full.min.js', import.meta.url));

/** Main-thread responsiveness over a stretch of time. */
export interface Responsiveness {
  longtaskSupported: boolean;
  longTasks: number;
  longestTaskMs: number;
  /** Sum over long tasks of their time beyond 50 ms (total blocking time). */
  blockingMs: number;
  /** The longest tasks: [start relative to the stretch, duration] in ms. */
  tasks: [number, number][];
  frames: number;
  maxGapMs: number;
  p95GapMs: number;
  medianGapMs: number;
  over50: number;
  over100: number;
  worstGaps: [number, number][];
}

export interface IdbTransaction {
  /** IndexedDB database name (RxDB's Dexie storage: one per collection). */
  db: string;
  stores: string;
  start: number;
  /** performance.now() at `complete`; negative at `abort`; 0 if still open. */
  end: number;
}

export interface ImportOutcome {
  ok: boolean;
  error?: string;
  summary?: string;
  /** performance.now() of: t0 (file input change), click:<testid>, preview, confirm, result. */
  marks: Record<string, number>;
  /** First time each progress text showed: loading, read, check, plan. */
  phases: Record<string, number>;
}

export interface BaselineOutput {
  totalMs: number;
  parseMs: number;
  rowsMs: number;
  putMs: number;
  rows: number;
  stored: number;
  sheets: number;
}

export interface TimeUntilInput {
  /** Element whose text is watched. */
  selector: string;
  /** RegExp source the text must match. */
  pattern: string;
  /** The text must differ from this one (e.g. the count before the click). */
  differentFrom?: string;
  /** An element that must be rendered as well (a row). */
  rowSelector?: string;
  /** Clicked from the page when the clock starts. */
  clickSelector?: string;
  /** Clock start (performance.now()); default: the click. 0 = navigation start. */
  since?: number;
  timeoutMs?: number;
}

export interface TimeUntilOutput {
  /** null on timeout. */
  ms: number | null;
  at: number;
  text: string;
}

export interface ScrollInput {
  /** The virtual list's window element. */
  selector: string;
  deltaY: number;
  rowSelector?: string;
  timeoutMs?: number;
}

export interface ScrollOutput {
  ms: number;
  scrollTop: number;
  scrollHeight: number;
  lastNames: string[];
  frames: number;
  maxGapMs: number;
  p95GapMs: number;
  medianGapMs: number;
  over50: number;
  over100: number;
}

interface Probes {
  watchStart(): number;
  watchStop(from?: number, to?: number): Promise<Responsiveness>;
  idbTraceStart(): void;
  idbTraceStop(): IdbTransaction[];
  armImport(): void;
  importDone(timeoutMs: number): Promise<ImportOutcome>;
  baseline(input: { url: string; dbName: string; schema: string }): Promise<BaselineOutput>;
  timeUntil(input: TimeUntilInput): Promise<TimeUntilOutput>;
  scrollToEnd(input: ScrollInput): Promise<ScrollOutput>;
}

type Global = { xiaoanImportBench: Probes };

/** In every document of the context, from its first script on. */
export async function installImportProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: IMPORT_PROBES_PATH });
}

export const watchStart = (page: Page) => page.evaluate(() => (globalThis as unknown as Global).xiaoanImportBench.watchStart());
export const watchStop = (page: Page, from?: number, to?: number) =>
  page.evaluate(([a, b]) => (globalThis as unknown as Global).xiaoanImportBench.watchStop(a ?? undefined, b ?? undefined), [from ?? null, to ?? null] as const);
export const idbTraceStart = (page: Page) => page.evaluate(() => (globalThis as unknown as Global).xiaoanImportBench.idbTraceStart());
export const idbTraceStop = (page: Page) => page.evaluate(() => (globalThis as unknown as Global).xiaoanImportBench.idbTraceStop());
export const armImport = (page: Page) => page.evaluate(() => (globalThis as unknown as Global).xiaoanImportBench.armImport());
export const importDone = (page: Page, timeoutMs: number) =>
  page.evaluate((ms) => (globalThis as unknown as Global).xiaoanImportBench.importDone(ms), timeoutMs);
export const runImportBaseline = (page: Page, input: { url: string; dbName: string; schema: string }) =>
  page.evaluate((i) => (globalThis as unknown as Global).xiaoanImportBench.baseline(i), input);
export const timeUntil = (page: Page, input: TimeUntilInput) =>
  page.evaluate((i) => (globalThis as unknown as Global).xiaoanImportBench.timeUntil(i), input);
export const scrollToEnd = (page: Page, input: ScrollInput) =>
  page.evaluate((i) => (globalThis as unknown as Global).xiaoanImportBench.scrollToEnd(i), input);
