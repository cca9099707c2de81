#!/usr/bin/env node
/**
 * npm start: build the app when dist/ is missing or older than its sources,
 * then run the sync server (which also serves dist/) on PORT (default 8080).
 *
 * Environment: PORT, DATA_DIR, DATABASE_URL, XIAOAN_ADMIN_PASSWORD,
 * XIAOAN_DEMO (see sync-server/src/main.ts). XIAOAN_SKIP_BUILD=1 skips the
 * build check.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distIndex = join(root, 'dist', 'index.html');
/** What the build reads: when any of it is newer than dist/, rebuild. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

/** Newest modification time under `path` (files only), 0 when missing. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function buildIsStale() {
  if (!existsSync(distIndex)) return 'dist/ 不存在';
  const built = statSync(distIndex).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > built);
  return changed ? `${changed} 比 dist/ 新` : '';
}

function build() {
  const reason = buildIsStale();
  if (!reason) return;
  console.log(`正在构建前端（${reason}）：npx vite build`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return;
  if (existsSync(distIndex)) {
    console.warn('前端构建失败，继续使用上一次构建的 dist/。');
    return;
  }
  console.error('前端构建失败，且没有可用的 dist/。');
  process.exit(result.status ?? 1);
}

if (process.env.XIAOAN_SKIP_BUILD !== '1') build();

const port = process.env.PORT ?? '8080';
console.log(`启动同步服务：http://localhost:${port}/`);
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'sync-server', 'src', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
