import { fileFinding } from '../findings';
import type { Finding } from '../types';
import { MAX_FILE_BYTES } from './limits';

/** Size in MB with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Params of the fileTooLarge message. */
export function sizeParams(size: number): Record<string, string> {
  return { size: megabytes(size), max: megabytes(MAX_FILE_BYTES) };
}

/**
 * The finding for a file over the limit, or null. The wizard can call it
 * with `file.size` before reading the file into memory at all.
 */
export function fileSizeFinding(file: string, size: number): Finding | null {
  return size > MAX_FILE_BYTES ? fileFinding(file, 'fileTooLarge', sizeParams(size)) : null;
}
