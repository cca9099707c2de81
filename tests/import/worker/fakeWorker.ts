import { handleRequest } from '@/import/worker/handleRequest';
import type { WorkerReply, WorkerRequest } from '@/import/worker/protocol';
import type { WorkerLike } from '@/import/worker/client';

/**
 * A Worker stand-in for Node: runs the real worker handler on the next
 * tick and passes messages through structuredClone both ways, so anything
 * that would not survive the real boundary (a function, a class instance)
 * fails here too.
 */
export class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly replies: WorkerReply[] = [];

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    const request = structuredClone(message, { transfer });
    setTimeout(() => {
      handleRequest(request, (reply) => {
        if (this.terminated) return;
        const cloned = structuredClone(reply);
        this.replies.push(cloned);
        this.onmessage?.({ data: cloned } as MessageEvent<WorkerReply>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
