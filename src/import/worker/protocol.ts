import type { ImportCheckResult } from '../checks/checkWorkbook';
import type { CheckContext, IdHolder } from '../checks/context';
import type { ProgressEvent } from '../progress';
import type { ParseOptions } from '../read/parseWorkbook';

/**
 * Messages between the page and the import worker. Everything here must
 * survive structuredClone: plain objects, arrays, Maps, Dates — no
 * functions (an ID lookup crosses as a Map).
 */
export interface WorkerCheckContext extends Omit<CheckContext, 'idHolders'> {
  idHolders?: ReadonlyMap<string, IdHolder>;
}

export interface WorkerParseOptions extends ParseOptions {
  context?: WorkerCheckContext;
}

export interface ParseRequest {
  type: 'parse';
  id: string;
  /** Transferred, not copied: the caller's buffer is detached afterwards. */
  data: ArrayBuffer;
  file: string;
  options: WorkerParseOptions;
}

export type WorkerReply =
  | { type: 'progress'; id: string; event: ProgressEvent }
  | { type: 'result'; id: string; result: ImportCheckResult }
  /** A bug, not bad data (bad data comes back as findings in a result). */
  | { type: 'error'; id: string; message: string };
