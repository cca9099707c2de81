/**
 * Node-side handle on pageProbes.js (the code that runs in the page): its
 * path, its input and output types, and typed calls through page.evaluate.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const PAGE_PROBES_PATH = fileURLToPath(new URL('./pageProbes.js', import.meta.url));
export const DEXIE_UMD_PATH = fileURLToPath(new URL('../../node_modules/dexie/dist/dexie.js', import.meta.url));

export interface BaselineInput {
  username: string;
  password: string;
  /** Name of the scratch Dexie database. */
  dbName: string;
  batch: number;
  /**
   * Collections in pull order, each with two Dexie store schemas: the
   * collection's own indexed fields ("id, orgPath, …") for the baseline, and
   * the indexes RxDB's Dexie storage creates for it, for the replay of RxDB's requests.
   */
  collections: { name: string; plainSchema: string; rxdbSchema: string }[];
}

export interface BaselineOutput {
  totalMs: number;
  loginMs: number;
  /** Waiting for and parsing responses. */
  fetchMs: number;
  /** bulkPut, until its transaction committed. */
  writeMs: number;
  requests: number;
  /** Documents in the scratch database afterwards, per collection. */
  counts: Record<string, number>;
  /** RxDB pattern run only: time in reads (all four), document puts and meta puts. */
  parts?: { readMs: number; docPutMs: number; metaPutMs: number };
}

export interface WaitInput {
  /** Documents expected per collection (collections expected empty are left out). */
  expected: Record<string, number>;
  /** The app's IndexedDB databases start with this ("rxdb-dexie-xiaoan-"). */
  dbPrefix: string;
  pollMs: number;
  timeoutMs: number;
}

export interface WaitOutput {
  /** performance.now() in the page when every expected document was there; null on timeout. */
  doneAt: number | null;
  counts: Record<string, number>;
  /** [performance.now(), documents so far] at every poll. */
  samples: [number, number][];
}

interface Probes {
  baseline(input: BaselineInput): Promise<BaselineOutput>;
  rxdbPattern(input: BaselineInput): Promise<BaselineOutput>;
  waitForDocs(input: WaitInput): Promise<WaitOutput>;
}

/** Injects the probes (and, for the baseline, Dexie's UMD build) into the page. */
export async function installProbes(page: Page, options: { dexie?: boolean } = {}): Promise<void> {
  if (options.dexie) await page.addScriptTag({ path: DEXIE_UMD_PATH });
  await page.addScriptTag({ path: PAGE_PROBES_PATH });
}

export function runBaseline(page: Page, input: BaselineInput): Promise<BaselineOutput> {
  return page.evaluate((i) => (globalThis as unknown as { xiaoanBench: Probes }).xiaoanBench.baseline(i), input);
}

export function runRxdbPattern(page: Page, input: BaselineInput): Promise<BaselineOutput> {
  return page.evaluate((i) => (globalThis as unknown as { xiaoanBench: Probes }).xiaoanBench.rxdbPattern(i), input);
}

export function waitForDocs(page: Page, input: WaitInput): Promise<WaitOutput> {
  return page.evaluate((i) => (globalThis as unknown as { xiaoanBench: Probes }).xiaoanBench.waitForDocs(i), input);
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
