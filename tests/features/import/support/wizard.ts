import { expect, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import type { XiaoanDatabase } from '@/db/types';
import ImportView from '@/features/import/ImportView.vue';
import { IMPORT_WORKER_FACTORY } from '@/features/import/workerFactory';
import { byTestId, mountWithApp, settle } from '../../roster/support/mountWithApp';
import { InProcessWorker } from './fakeWorker';

/** The import page at /import, with the engine's worker run in-process. */
export async function mountWizard(db: XiaoanDatabase) {
  const mounted = await mountWithApp(db, ImportView, { global: { provide: { [IMPORT_WORKER_FACTORY]: () => new InProcessWorker() } } }, '/import');
  await settle();
  return mounted;
}

/** The whole app shell (layout, org tree, router view) at /import, for tests that navigate. */
export async function mountAppAtImport(db: XiaoanDatabase) {
  const Root = defineComponent({ setup: () => () => h(RouterView) });
  const mounted = await mountWithApp(db, Root, { global: { provide: { [IMPORT_WORKER_FACTORY]: () => new InProcessWorker() } } }, '/import');
  await settle(10);
  return mounted;
}

/** What the file input receives when the user picks a file. */
export async function pickFile(file: File): Promise<void> {
  const input = byTestId('import-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(2);
}

/** Picks the file, starts the check and waits until the preview is ready (or says why not). */
export async function checkFile(file: File): Promise<void> {
  await pickFile(file);
  expect(document.querySelector('[data-testid="import-start-missing"]')).toBeNull();
  byTestId('import-start').click();
  await vi.waitFor(
    () => {
      expect(document.querySelector('[data-testid="import-progress"]')).toBeNull();
      expect(document.querySelector('[data-testid="import-preview-step"]')).not.toBeNull();
      expect(document.querySelector('[data-testid="import-counts"], [data-testid="import-file-problem"], [data-testid="import-failure"]')).not.toBeNull();
    },
    { timeout: 20_000, interval: 50 },
  );
  await settle(2);
}

export function text(testId: string): string {
  return byTestId(testId).textContent?.trim() ?? '';
}

export function count(key: string): number {
  return Number(text(`import-count-${key}`));
}

export function isDisabled(testId: string): boolean {
  return (byTestId(testId) as HTMLButtonElement).disabled;
}

/** The findings table as shown: Excel row number and finding code per line. */
export function shownFindings(): { row: number; code: string }[] {
  const rows = [...document.querySelectorAll('[data-testid="finding-row"]')].map((el) => Number(el.textContent?.trim()));
  const codes = [...document.querySelectorAll('[data-testid="finding-message"]')].map((el) => el.getAttribute('data-code') ?? '');
  return rows.map((row, i) => ({ row, code: codes[i] ?? '' }));
}

/** Clicks a button and waits for Vue, RxDB and the worker to settle. */
export async function press(testId: string): Promise<void> {
  byTestId(testId).click();
  await settle();
}
