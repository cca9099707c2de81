export declare const repoRoot: string;
export declare const distDir: string;
export declare const BUILD_STATE_ENV: 'XIAOAN_E2E_BUILD';

export interface BuildResult {
  /** Whether `vite build` ran in this call. */
  built: boolean;
  /** False when the build ran and failed. */
  ok: boolean;
  reason: string;
}

export declare function staleReason(): string | null;
export declare function ensureBuilt(options?: { force?: boolean; log?: (line: string) => void }): BuildResult;
