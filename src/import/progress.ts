/** Progress of a parse: rows read from the sheets, then rows checked. */
export interface ProgressEvent {
  phase: 'read' | 'check';
  done: number;
  total: number;
}

export type ProgressCallback = (event: ProgressEvent) => void;

/** Report every this many rows: often enough for a smooth bar, rarely enough to cost nothing. */
export const PROGRESS_STEP = 500;

/** A counter that reports every PROGRESS_STEP ticks and once at the end. */
export function progressCounter(phase: ProgressEvent['phase'], total: number, onProgress?: ProgressCallback) {
  let done = 0;
  return {
    tick(): void {
      done++;
      if (onProgress && done % PROGRESS_STEP === 0) onProgress({ phase, done, total });
    },
    finish(): void {
      onProgress?.({ phase, done: total, total });
    },
  };
}
