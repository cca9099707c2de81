import { handleRequest } from './handleRequest';
import type { ParseRequest, WorkerReply } from './protocol';

/**
 * Web Worker entry. The app starts it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`
 * (see client.ts), so SheetJS and the checks never block the page.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  handleRequest(event.data, (reply: WorkerReply) => self.postMessage(reply));
};
