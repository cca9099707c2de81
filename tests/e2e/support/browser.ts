// Headless Chromium (Debian's, never a downloaded one) through playwright-core.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium floods the closed network
 * with refused connections at every start (DESIGN-NOTES, PWA).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (what .ci/run does)`);
  }
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/**
 * A context like a classroom PC: service workers allowed (the offline
 * tests need them), 1366x768, Chinese locale and China's time zone.
 * `baseURL` lets tests write page.goto('/').
 */
export function newAppContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    serviceWorkers: 'allow',
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  });
}

/**
 * Waits until the page's service worker is active and controls the page.
 * The first load of a PWA is not controlled by the worker it installs (no
 * clients.claim()): reload once, as an offline test must before it cuts
 * the network (DESIGN-NOTES, PWA).
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  const ready = await page.evaluate(async (ms) => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));
    return Promise.race([navigator.serviceWorker.ready.then(() => 'ready' as const), timeout]);
  }, timeoutMs);
  if (ready === 'unsupported') throw new Error('navigator.serviceWorker is not available (not a secure context?)');
  if (ready === 'timeout') throw new Error(`no service worker became active within ${timeoutMs} ms (does the app register one?)`);

  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (controlled) return;
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: timeoutMs });
}

/** Cuts the network for every page and service worker of the context. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}

/**
 * Collects the page's uncaught errors and console errors, for assertions
 * (`expect(errors).toEqual([])`) and for failure messages.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}
