// Starts the real sync server (sync-server/src/main.ts, run from source by
// tsx) on a free port with a fresh DATA_DIR, for e2e tests.
//
// The server runs as `node --import tsx sync-server/src/main.ts`, which is
// what `npx tsx sync-server/src/main.ts` does minus the tsx CLI wrapper
// process: kill() must hit the server itself, as a real crash would, and a
// SIGKILL sent to the wrapper would leave the server orphaned on its port.

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, repoRoot } from './build.mjs';
import { resultsDir } from './paths';

export const SERVER_ENTRY = 'sync-server/src/main.ts';

/** Admin password the harness gives every server unless `env` overrides it. */
export const E2E_ADMIN_PASSWORD = 'E2e-Admin-Pass-2024';

export interface StartServerOptions {
  /** Reuse a data directory (restart after stop/kill). Default: a fresh temp dir. */
  dataDir?: string;
  /** Listen on this port (restart on the same port). Default: a free port. */
  port?: number;
  /** Extra environment for the server; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Entry file relative to the repo root. Default: $XIAOAN_E2E_SERVER_ENTRY or sync-server/src/main.ts. */
  entry?: string;
  /** How long to wait for GET /api/health to answer 2xx. Default 60 s. */
  healthTimeoutMs?: number;
}

export interface ServerHandle {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** File the server's stdout and stderr are written to. */
  logFile: string;
  /** Graceful stop: SIGTERM, then SIGKILL after 10 s. Keeps dataDir. */
  stop(): Promise<void>;
  /** Crash: SIGKILL, no chance to flush. Keeps dataDir. */
  kill(): Promise<void>;
  /** Starts a new server on the same port, dataDir and env (stop or kill first). */
  restart(): Promise<ServerHandle>;
  /** The server's output so far (last 256 KiB). */
  logs(): string;
  /** Whether the process is still running. */
  running(): boolean;
}

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
}

const live = new Set<Running>();
const ownedDataDirs = new Set<string>();
const LOG_LIMIT = 256 * 1024;
let warnedNoDist = false;

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

/** Sends a signal to the server's process group (it runs detached). */
function signal(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      // already gone
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitForExit(running: Running, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((r) => {
    timer = setTimeout(() => r(false), ms);
  });
  const done = await Promise.race([running.exited.then(() => true as const), timedOut]);
  clearTimeout(timer);
  return done;
}

function serverEnv(port: number, dataDir: string, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Run like `npm start`, not like a unit test.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  }
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    XIAOAN_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

async function launchOnce(
  port: number,
  dataDir: string,
  options: StartServerOptions,
): Promise<{ handle: ServerHandle } | { error: Error; addressInUse: boolean }> {
  const entry = options.entry ?? process.env.XIAOAN_E2E_SERVER_ENTRY ?? SERVER_ENTRY;
  const logDir = join(resultsDir, 'server-logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `server-${port}-${Date.now()}.log`);
  const logStream: WriteStream = createWriteStream(logFile);
  let output = '';
  const echo = process.env.XIAOAN_E2E_SERVER_LOG === '1';

  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: serverEnv(port, dataDir, options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const onData = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-LOG_LIMIT);
    logStream.write(chunk);
    if (echo) process.stderr.write(`[server ${port}] ${text}`);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let exitInfo = '';
  const running: Running = {
    child,
    exited: new Promise<void>((r) => {
      child.on('exit', (code, sig) => {
        exitInfo = sig ? `signal ${sig}` : `code ${code}`;
        live.delete(running);
        logStream.end();
        r();
      });
      child.on('error', (err) => {
        exitInfo = `spawn error ${err.message}`;
        onData(Buffer.from(`spawn error: ${err.stack ?? err.message}\n`));
      });
    }),
  };
  live.add(running);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.healthTimeoutMs ?? 60_000);
  let exited = false;
  void running.exited.then(() => {
    exited = true;
  });
  let lastError = '';
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) {
        await res.arrayBuffer();
        break;
      }
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    await delay(150);
  }

  const tail = (): string => output.split('\n').slice(-40).join('\n');
  if (exited) {
    await running.exited;
    return {
      error: new Error(`sync server exited before it was healthy (${exitInfo}); log ${logFile}:\n${tail()}`),
      addressInUse: /EADDRINUSE/.test(output),
    };
  }
  if (Date.now() >= deadline) {
    signal(child, 'SIGKILL');
    await waitForExit(running, 5_000);
    return {
      error: new Error(`sync server on ${url} not healthy after ${options.healthTimeoutMs ?? 60_000} ms (last: ${lastError}); log ${logFile}:\n${tail()}`),
      addressInUse: false,
    };
  }

  const handle: ServerHandle = {
    url,
    port,
    dataDir,
    pid: child.pid ?? -1,
    logFile,
    async stop() {
      signal(child, 'SIGTERM');
      if (!(await waitForExit(running, 10_000))) {
        signal(child, 'SIGKILL');
        await waitForExit(running, 5_000);
      }
    },
    async kill() {
      signal(child, 'SIGKILL');
      await waitForExit(running, 5_000);
    },
    restart() {
      return startServer({ ...options, port, dataDir });
    },
    logs: () => output,
    running: () => !exited,
  };
  return { handle };
}

/**
 * Starts the real server and waits for GET /api/health. The data directory
 * is kept by stop() and kill() so a test can restart on it; temp dirs the
 * harness made are removed by stopAllServers() and at process exit.
 */
export async function startServer(options: StartServerOptions = {}): Promise<ServerHandle> {
  if (!warnedNoDist && !existsSync(join(distDir, 'index.html'))) {
    warnedNoDist = true;
    console.warn('[e2e] dist/index.html is missing: the server will have no app to serve (did `vite build` fail?)');
  }
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = mkdtempSync(join(tmpdir(), 'xiaoan-e2e-'));
    ownedDataDirs.add(dataDir);
  } else {
    mkdirSync(dataDir, { recursive: true });
  }
  // A port picked by freePort() can be taken before the server binds it:
  // retry with another one, unless the caller asked for this port.
  const attempts = options.port ? 1 : 3;
  let lastError: Error | undefined;
  for (let i = 0; i < attempts; i++) {
    const port = options.port ?? (await freePort());
    const result = await launchOnce(port, dataDir, options);
    if ('handle' in result) return result.handle;
    lastError = result.error;
    if (!result.addressInUse) break;
  }
  throw lastError ?? new Error('sync server did not start');
}

/** Stops every server this process started and removes the harness's temp data dirs. */
export async function stopAllServers(): Promise<void> {
  await Promise.all(
    [...live].map(async (running) => {
      signal(running.child, 'SIGTERM');
      if (!(await waitForExit(running, 10_000))) {
        signal(running.child, 'SIGKILL');
        await waitForExit(running, 5_000);
      }
    }),
  );
  for (const dir of ownedDataDirs) rmSync(dir, { recursive: true, force: true });
  ownedDataDirs.clear();
}

// A failing or interrupted test file must not leave servers on their ports.
process.once('exit', () => {
  for (const running of live) signal(running.child, 'SIGKILL');
  for (const dir of ownedDataDirs) rmSync(dir, { recursive: true, force: true });
});
