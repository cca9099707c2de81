import { checkFile } from '../checkFile';
import { recheckWithCorrections } from '../checks/recheck';
import { planImport } from '../plan';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * The worker's whole job, kept apart from the worker global so tests can
 * run it in Node: parse and check a file (posting progress as rows are
 * read and checked), or plan an import (pinyin for thousands of names is
 * too slow for the page's thread). An exception here is a bug in the
 * engine; it is reported, never left to kill the worker silently.
 */
export function handleRequest(request: WorkerRequest, post: (reply: WorkerReply) => void): void {
  const { id } = request;
  try {
    if (request.type === 'parse') {
      const result = checkFile(request.data, request.file, request.options, (event) => post({ type: 'progress', id, event }));
      post({ type: 'result', id, result });
    } else if (request.type === 'recheck') {
      post({ type: 'result', id, result: recheckWithCorrections(request.result, request.corrections, request.context) });
    } else {
      const { takenUsernames, ...input } = request.input;
      post({ type: 'plan', id, plan: planImport({ ...input, isUsernameTaken: (username) => takenUsernames.has(username) }) });
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
