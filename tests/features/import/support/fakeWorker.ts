import { handleRequest } from '@/import/worker/handleRequest';
import type { WorkerLike } from '@/import/worker/client';
import type { WorkerReply, WorkerRequest } from '@/import/worker/protocol';

/**
 * The import worker for happy-dom (which has no module workers): the
 * engine's real request handler on a later task, with messages passed
 * through structuredClone both ways, so a reactive proxy or a function
 * that could not cross the real boundary fails here too.
 */
export class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    const request = structuredClone(message, { transfer });
    setTimeout(() => {
      handleRequest(request, (reply) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
