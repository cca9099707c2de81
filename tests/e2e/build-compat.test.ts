// Issue 12 point 5: the build-output compatibility check
// (scripts/check-compat.mjs) that guards Chromium 86, run as CI runs it.
// The real dist/ (built by the e2e global setup) must pass; a planted
// `[1,2].findLast(x => x)` (Chromium 97) must fail unless the polyfill entry
// provides it and every entry loads that polyfill first; the service worker
// gets no polyfill at all. In the e2e project because it needs the build.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, repoRoot } from './support/build.mjs';

const run = promisify(execFile);
const CHECK = join(repoRoot, 'scripts', 'check-compat.mjs');

/** Runs the check as `npm run check:compat` does; never throws on a failing check. */
async function checkCompat(dist: string, polyfills?: string): Promise<{ code: number; output: string }> {
  const args = [CHECK, '--dist', dist, ...(polyfills ? ['--polyfills', polyfills] : [])];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: repoRoot });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const PLANTED = 'export const last = [1, 2].findLast((x) => x);\n';

interface TinyBuild {
  /** The page entry's first import: the polyfill chunk, or not. */
  polyfillFirst: boolean;
  /** Where the planted line goes. */
  plantIn: 'assets/index-a1b2c3.js' | 'sw.js';
}

/** A tiny build shaped like Vite's: index.html, an entry importing a polyfill chunk, a service worker. */
async function tinyBuild(root: string, { polyfillFirst, plantIn }: TinyBuild): Promise<string> {
  const dir = await mkdtemp(join(root, 'dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><script type="module" crossorigin src="/assets/index-a1b2c3.js"></script>');
  await writeFile(join(dir, 'assets', 'polyfills-d4e5f6.js'), '/* core-js would be here */\nexport {};\n');
  await writeFile(join(dir, 'assets', 'vendor-0a0b0c.js'), 'export const vendor = 1;\n');
  const imports = polyfillFirst
    ? 'import "./polyfills-d4e5f6.js";\nimport { vendor } from "./vendor-0a0b0c.js";\n'
    : 'import { vendor } from "./vendor-0a0b0c.js";\nimport "./polyfills-d4e5f6.js";\n';
  await writeFile(join(dir, 'assets', 'index-a1b2c3.js'), `${imports}${plantIn === 'assets/index-a1b2c3.js' ? PLANTED : ''}console.log(vendor);\n`);
  await writeFile(join(dir, 'sw.js'), `self.addEventListener("fetch", () => {});\n${plantIn === 'sw.js' ? PLANTED.replace('export ', '') : ''}`);
  return dir;
}

let scratch: string;
/** A polyfill entry like src/polyfills/index.ts, plus Array.prototype.findLast. */
let withFindLast: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'xiaoan-compat-'));
  withFindLast = join(scratch, 'polyfills-with-findlast.ts');
  await writeFile(withFindLast, "import 'core-js/modules/es.array.find-last.js';\nimport './randomUUID';\n");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('scripts/check-compat.mjs', () => {
  // Linting a few MB of minified code: about 15 s alone, over a minute on a busy 2-core machine.
  it('passes the real build: every emitted file runs on Chromium 86', { timeout: 300_000 }, async () => {
    const { code, output } = await checkCompat(distDir);
    expect(output).toContain('runs on Chromium 86');
    expect(code, output).toBe(0);
    // The app and the import worker are both entries that load the polyfills first.
    expect(output).toMatch(/ 2 entries, polyfilled: .*es-x\/no-array-prototype-at.*crypto\.randomUUID/);
  });

  it('fails on a planted Array.prototype.findLast that the polyfill entry does not provide', async () => {
    const dir = await tinyBuild(scratch, { polyfillFirst: true, plantIn: 'assets/index-a1b2c3.js' });
    const { code, output } = await checkCompat(dir);
    expect(code, output).toBe(1);
    expect(output).toMatch(/assets\/index-a1b2c3\.js:3:\d+ .*'Array\.prototype\.findLast' method is forbidden/);
    expect(output).toContain('1 problem(s) for Chromium 86');
  });

  it('passes the same file once the polyfill entry imports core-js findLast', async () => {
    const dir = await tinyBuild(scratch, { polyfillFirst: true, plantIn: 'assets/index-a1b2c3.js' });
    const { code, output } = await checkCompat(dir, withFindLast);
    expect(output).toContain('runs on Chromium 86');
    expect(code, output).toBe(0);
  });

  it('does not count the polyfill when the entry imports another chunk before it', async () => {
    const dir = await tinyBuild(scratch, { polyfillFirst: false, plantIn: 'assets/index-a1b2c3.js' });
    const { code, output } = await checkCompat(dir, withFindLast);
    expect(code, output).toBe(1);
    expect(output).toMatch(/page entry does not import the polyfill chunk first \(first import: assets\/vendor-0a0b0c\.js\)/);
    expect(output).toMatch(/assets\/index-a1b2c3\.js:3:\d+ .*findLast/);
  });

  it('never counts the polyfill in the service worker, which does not load it', async () => {
    const dir = await tinyBuild(scratch, { polyfillFirst: true, plantIn: 'sw.js' });
    const { code, output } = await checkCompat(dir, withFindLast);
    expect(code, output).toBe(1);
    expect(output).toMatch(/sw\.js:2:\d+ .*findLast/);
  });

  it('refuses a polyfill import it does not know the coverage of', async () => {
    const unknown = join(scratch, 'polyfills-unknown.ts');
    await writeFile(unknown, "import 'core-js/modules/es.array.push.js';\n");
    const dir = await tinyBuild(scratch, { polyfillFirst: true, plantIn: 'sw.js' });
    const { code, output } = await checkCompat(dir, unknown);
    expect(code, output).toBe(1);
    expect(output).toContain('"core-js/modules/es.array.push.js" is not in scripts/check-compat.mjs POLYFILLS');
  });
});
