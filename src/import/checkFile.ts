import { checkWorkbook, type ImportCheckResult } from './checks/checkWorkbook';
import type { CheckContext } from './checks/context';
import type { ProgressCallback } from './progress';
import { parseWorkbook, type ParseOptions } from './read/parseWorkbook';

export interface CheckFileOptions extends ParseOptions {
  context?: CheckContext;
}

/**
 * Read and check one file: the whole engine step before the preview.
 * Synchronous and pure; the worker runs exactly this.
 */
export function checkFile(
  data: Uint8Array | ArrayBuffer,
  file: string,
  options: CheckFileOptions = {},
  onProgress?: ProgressCallback,
): ImportCheckResult {
  return checkWorkbook(parseWorkbook(data, file, options, onProgress), options.context, onProgress);
}
