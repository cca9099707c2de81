// First: built-ins older browsers lack (Chromium 86), before SheetJS and the checks load.
import '@/polyfills';
import { handleRequest } from './handleRequest';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * Web Worker entry. The app starts it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`
 * (see client.ts), so SheetJS, the checks and the plan never block the page.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handleRequest(event.data, (reply: WorkerReply) => self.postMessage(reply));
};
