// Ensures dist/ (what the sync server serves) is built from the current
// sources before the e2e tests run, at most once per test run.
//
// Plain JavaScript so that scripts/test-all.mjs (plain Node) and the e2e
// global setup (TypeScript, through Vite) share one implementation.
// Types: build.d.mts.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const distDir = join(repoRoot, 'dist');

/**
 * Environment variable through which one process tells the processes it
 * starts that the build was already attempted in this run: 'ok' or 'failed'.
 */
export const BUILD_STATE_ENV = 'XIAOAN_E2E_BUILD';

/** Inputs of the client build. Server code is run from source by tsx. */
const INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'src'];

/** Newest modification time (ms) under `path`, type declarations excepted. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.d.ts') ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    // `.d.ts` files are types only; src/components.d.ts is even rewritten by
    // the build itself and must not make the build look stale.
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/**
 * Why dist/ needs a rebuild, or null when it is up to date. Vite empties
 * dist/ when a build starts, so a failed build leaves no index.html.
 */
export function staleReason() {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return 'dist/index.html is missing';
  const builtAt = statSync(index).mtimeMs;
  for (const input of INPUTS) {
    if (newestMtime(join(repoRoot, input)) > builtAt) return `${input} changed since the last build`;
  }
  return null;
}

/**
 * Runs `npx vite build` if dist/ is missing or stale. Returns
 * `{ built, ok, reason }`; never throws for a failing build (the caller
 * decides whether that is fatal). The build's output goes to the console.
 *
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 */
export function ensureBuilt(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const reason = options.force ? 'forced' : staleReason();
  if (!reason) {
    log('[e2e build] dist/ is up to date, not rebuilding');
    return { built: false, ok: true, reason: 'up to date' };
  }
  log(`[e2e build] npx vite build (${reason})`);
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(ok ? `[e2e build] built in ${seconds} s` : `[e2e build] vite build FAILED (exit ${result.status ?? result.signal}) after ${seconds} s`);
  return { built: true, ok, reason };
}
