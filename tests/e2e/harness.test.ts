// Smoke test of the e2e harness (tests/e2e/support): Chromium with service
// workers and offline emulation on a tiny static site of its own, then the
// real sync server serving the built app.

import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  goOffline,
  goOnline,
  launchBrowser,
  newAppContext,
  screenshot,
  screenshotOnFailure,
  startServer,
  stopAllServers,
  waitForServiceWorker,
  type ServerHandle,
} from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

/** A site whose service worker precaches '/' and serves it cache-first. */
const STATIC_FILES: Record<string, { type: string; body: string }> = {
  '/': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>校安 harness</title><link rel="icon" href="data:,">
<h1 id="title">校安 · 离线测试页</h1>
<script>navigator.serviceWorker.register('/sw.js');</script></html>`,
  },
  '/sw.js': {
    type: 'text/javascript',
    // No clients.claim(): the first load stays uncontrolled, as with the
    // app's generated worker, so waitForServiceWorker must reload.
    body: `self.addEventListener('install', (e) => { self.skipWaiting(); e.waitUntil(caches.open('h').then((c) => c.add('/'))); });
self.addEventListener('fetch', (e) => { e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))); });`,
  },
};

describe('harness: Chromium, service worker and offline on a static site', () => {
  let site: Server;
  let siteUrl = '';

  beforeAll(async () => {
    site = createServer((req, res) => {
      const file = STATIC_FILES[req.url ?? ''];
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((r) => site?.close(r));
  });

  it('installs the worker, takes control and serves the page offline', async () => {
    const context = await newAppContext(browser, siteUrl);
    const page = await context.newPage();
    screenshotOnFailure(page);
    const errors = collectPageErrors(page);

    await page.goto('/');
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await goOffline(context);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.locator('#title').textContent()).resolves.toBe('校安 · 离线测试页');
    expect(errors).toEqual([]);
    const uncached = await page.evaluate(() => fetch('/not-cached').then(() => 'answered', () => 'failed'));
    expect(uncached).toBe('failed');

    await goOnline(context);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    const shot = await screenshot(page, 'harness-static-offline');
    expect(existsSync(shot)).toBe(true);
    await context.close();
  });
});

describe('harness: the real sync server', () => {
  let server: ServerHandle;

  beforeAll(async () => {
    server = await startServer({ env: { XIAOAN_DEMO: '0' } });
  });

  it('answers GET /api/health', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('serves the app to Chromium, and /api/health to the page as JSON', async () => {
    const context = await newAppContext(browser, server.url);
    const page = await context.newPage();
    screenshotOnFailure(page);

    const response = await page.goto('/');
    expect(response?.status(), 'GET / (is dist/ built?)').toBe(200);
    const health = await page.evaluate(async () => {
      const res = await fetch('/api/health');
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as unknown };
    });
    expect(health.status).toBe(200);
    expect(health.type).toMatch(/application\/json/);
    expect(typeof health.body).toBe('object');

    const shot = await screenshot(page, 'harness-app-home');
    expect(existsSync(shot)).toBe(true);
    await context.close();
  });

  it('comes back on the same port and data dir after a SIGKILL', async () => {
    const { port, dataDir } = server;
    await server.kill();
    expect(server.running()).toBe(false);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    server = await server.restart();
    expect(server.port).toBe(port);
    expect(server.dataDir).toBe(dataDir);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
