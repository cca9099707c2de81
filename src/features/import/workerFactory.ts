import { inject, type InjectionKey } from 'vue';
import type { WorkerCallOptions } from '@/import';

/** Starts the import worker; component tests provide one that runs the engine in-process. */
export type ImportWorkerFactory = NonNullable<WorkerCallOptions['createWorker']>;

export const IMPORT_WORKER_FACTORY: InjectionKey<ImportWorkerFactory> = Symbol('import-worker-factory');

/** The provided factory, or undefined for the engine's real Web Worker. */
export function useImportWorkerFactory(): ImportWorkerFactory | undefined {
  return inject(IMPORT_WORKER_FACTORY, undefined);
}
