import { checkFile } from '../checkFile';
import type { ParseRequest, WorkerReply } from './protocol';

/**
 * The worker's whole job, kept apart from the worker global so tests can
 * run it in Node: parse and check, posting progress as rows are read and
 * checked, then the result. An exception here is a bug in the engine; it
 * is reported, never left to kill the worker silently.
 */
export function handleRequest(request: ParseRequest, post: (reply: WorkerReply) => void): void {
  const { id } = request;
  try {
    const result = checkFile(request.data, request.file, request.options, (event) => post({ type: 'progress', id, event }));
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
