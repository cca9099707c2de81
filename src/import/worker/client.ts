import type { ImportCheckResult } from '../checks/checkWorkbook';
import type { RowCorrections } from '../checks/recheck';
import type { ImportPlan } from '../plan/types';
import type { ProgressCallback } from '../progress';
import { fileSizeFinding } from '../read/sizeCheck';
import type { Finding } from '../types';
import type { WorkerCheckContext, WorkerParseOptions, WorkerPlanInput, WorkerReply, WorkerRequest } from './protocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export function startImportWorker(): WorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

export interface WorkerCallOptions {
  /** Stops the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Starts the worker; tests pass a fake. */
  createWorker?: () => WorkerLike;
}

export interface ParseInWorkerOptions extends WorkerParseOptions, WorkerCallOptions {}

function aborted(): DOMException {
  return new DOMException('Import aborted', 'AbortError');
}

/**
 * One request to a fresh worker, which is terminated when the answer (or
 * an abort) arrives: SheetJS's memory goes with it.
 */
function callWorker<T>(
  request: (id: string) => WorkerRequest,
  transfer: Transferable[],
  pick: (reply: WorkerReply) => T | undefined,
  options: WorkerCallOptions,
  onProgress?: ProgressCallback,
): Promise<T> {
  const { signal, createWorker = startImportWorker } = options;
  if (signal?.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const worker = createWorker();
    const id = globalThis.crypto.randomUUID();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(aborted());
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') return onProgress?.(reply.event);
      finish();
      if (reply.type === 'error') return reject(new Error(`import worker failed: ${reply.message}`));
      const value = pick(reply);
      if (value === undefined) reject(new Error(`import worker answered ${reply.type}`));
      else resolve(value);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`import worker failed: ${event.message}`));
    };
    worker.postMessage(request(id), transfer);
  });
}

/** A result holding only a file-level finding: what a too-large file gets without starting a worker. */
function refusedResult(file: string, options: WorkerParseOptions, finding: Finding): ImportCheckResult {
  return { file, expected: options.template ?? null, template: options.template ?? null, sheets: [], rows: [], findings: [finding], counts: { rows: 0, faulty: 0, findings: 1 } };
}

/**
 * Parse and check a file in a Web Worker, reporting rows read and rows
 * checked. Resolves with the same result `checkFile` returns; bad files
 * resolve too (with findings). Rejects only on a worker failure or abort.
 * The buffer is transferred to the worker: do not reuse it.
 */
export function parseInWorker(
  data: ArrayBuffer,
  file: string,
  options: ParseInWorkerOptions = {},
  onProgress?: ProgressCallback,
): Promise<ImportCheckResult> {
  const { signal, createWorker, ...parseOptions } = options;
  // Checked before anything is copied or a worker started.
  const tooLarge = fileSizeFinding(file, data.byteLength);
  if (tooLarge) return Promise.resolve(refusedResult(file, parseOptions, tooLarge));
  return callWorker(
    (id) => ({ type: 'parse', id, data, file, options: parseOptions }),
    [data],
    (reply) => (reply.type === 'result' ? reply.result : undefined),
    { signal, createWorker },
    onProgress,
  );
}

/** planImport in a Web Worker: usernames (pinyin) and passwords for thousands of rows without freezing the page. */
export function planInWorker(input: WorkerPlanInput, options: WorkerCallOptions = {}): Promise<ImportPlan> {
  return callWorker((id) => ({ type: 'plan', id, input }), [], (reply) => (reply.type === 'plan' ? reply.plan : undefined), options);
}

/** recheckWithCorrections in a Web Worker: the same checks as the file's, over rows corrected in the preview. */
export function recheckInWorker(
  result: ImportCheckResult,
  corrections: RowCorrections,
  context: WorkerCheckContext,
  options: WorkerCallOptions = {},
): Promise<ImportCheckResult> {
  return callWorker(
    (id) => ({ type: 'recheck', id, result, corrections, context }),
    [],
    (reply) => (reply.type === 'result' ? reply.result : undefined),
    options,
  );
}
