import type { ImportCheckResult } from '../checks/checkWorkbook';
import { fileFinding } from '../findings';
import type { ProgressCallback } from '../progress';
import { MAX_FILE_BYTES } from '../read/limits';
import { megabytes } from '../read/openWorkbook';
import type { ParseRequest, WorkerParseOptions, WorkerReply } from './protocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export function startImportWorker(): WorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

export interface ParseInWorkerOptions extends WorkerParseOptions {
  /** Stops the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Starts the worker; tests pass a fake. */
  createWorker?: () => WorkerLike;
}

/** A result holding only a file-level finding: what a too-large file gets without starting a worker. */
function refusedResult(file: string, options: WorkerParseOptions, size: number): ImportCheckResult {
  const finding = fileFinding(file, 'fileTooLarge', { size: megabytes(size), max: megabytes(MAX_FILE_BYTES) });
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
  const { signal, createWorker = startImportWorker, ...parseOptions } = options;
  // Checked before anything is copied or a worker started.
  if (data.byteLength > MAX_FILE_BYTES) return Promise.resolve(refusedResult(file, parseOptions, data.byteLength));
  if (signal?.aborted) return Promise.reject(new DOMException('Import aborted', 'AbortError'));

  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const id = globalThis.crypto.randomUUID();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('Import aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.event);
      else if (reply.type === 'result') {
        finish();
        resolve(reply.result);
      } else {
        finish();
        reject(new Error(`import worker failed: ${reply.message}`));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`import worker failed: ${event.message}`));
    };
    worker.postMessage({ type: 'parse', id, data, file, options: parseOptions }, [data]);
  });
}
