import type { ImportCheckResult } from '../checks/checkWorkbook';
import type { RowCorrections } from '../checks/recheck';
import type { CheckContext, IdHolder } from '../checks/context';
import type { ImportPlan, PlanInput } from '../plan/types';
import type { ProgressEvent } from '../progress';
import type { ParseOptions } from '../read/parseWorkbook';

/**
 * Messages between the page and the import worker. Everything here must
 * survive structuredClone: plain objects, arrays, Maps, Sets, Dates — no
 * functions (an ID lookup crosses as a Map, taken usernames as a Set).
 */
export interface WorkerCheckContext extends Omit<CheckContext, 'idHolders'> {
  idHolders?: ReadonlyMap<string, IdHolder>;
}

export interface WorkerParseOptions extends ParseOptions {
  context?: WorkerCheckContext;
}

/** planImport's input without its callbacks: ids and passwords are made in the worker. */
export interface WorkerPlanInput extends Omit<PlanInput, 'isUsernameTaken' | 'newId' | 'random'> {
  /** Usernames taken system-wide as far as the device knows, requested ones included. */
  takenUsernames: ReadonlySet<string>;
}

export interface ParseRequest {
  type: 'parse';
  id: string;
  /** Transferred, not copied: the caller's buffer is detached afterwards. */
  data: ArrayBuffer;
  file: string;
  options: WorkerParseOptions;
}

export interface PlanRequest {
  type: 'plan';
  id: string;
  input: WorkerPlanInput;
}

/** Check a file's rows again with some of them corrected in the preview. */
export interface RecheckRequest {
  type: 'recheck';
  id: string;
  result: ImportCheckResult;
  corrections: RowCorrections;
  context: WorkerCheckContext;
}

export type WorkerRequest = ParseRequest | PlanRequest | RecheckRequest;

export type WorkerReply =
  | { type: 'progress'; id: string; event: ProgressEvent }
  | { type: 'result'; id: string; result: ImportCheckResult }
  | { type: 'plan'; id: string; plan: ImportPlan }
  /** A bug, not bad data (bad data comes back as findings in a result). */
  | { type: 'error'; id: string; message: string };
