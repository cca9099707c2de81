// The app build the browser benches serve: a production `vite build` of the
// working tree into a directory of our own (never dist/, which e2e runs of
// other engineers may be serving at the same moment). The server is pointed
// at it with XIAOAN_DIST_DIR.
//
// Plain JavaScript so that scripts/bench.mjs (plain Node) and the bench
// modules (TypeScript through tsx) share it. Types: appBuild.d.mts.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Set by scripts/bench.mjs: a build every module of the run shares. */
export const BENCH_DIST_ENV = 'XIAOAN_BENCH_DIST';

/**
 * Builds the app into a fresh temporary directory. Returns the directory
 * and how long the build took; throws when the build fails.
 */
export function buildApp(log = (line) => console.log(line)) {
  const dir = mkdtempSync(join(tmpdir(), 'xiaoan-bench-dist-'));
  const started = Date.now();
  log(`[bench] vite build --outDir ${dir}`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  }
  const ms = Date.now() - started;
  log(`[bench] built in ${(ms / 1000).toFixed(1)} s`);
  return { dir, ms, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The run's shared build if scripts/bench.mjs made one, else a build of
 * our own (a module run on its own); `remove` deletes only what we built.
 */
export function appBuildForBench(log) {
  const shared = process.env[BENCH_DIST_ENV];
  if (shared && existsSync(join(shared, 'index.html'))) return { dir: shared, ms: 0, remove: () => undefined };
  return buildApp(log);
}
