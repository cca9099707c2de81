// The e2e harness: import everything from here.
//
//   const server = await startServer();                 // real server, free port, temp DATA_DIR
//   const browser = await launchBrowser();              // Debian's headless Chromium
//   const context = await newAppContext(browser, server.url);
//   const page = await context.newPage();
//   await page.goto('/');
//   await waitForServiceWorker(page);                   // active and controlling
//   await goOffline(context); await page.reload();      // offline from the SW cache
//   await screenshot(page, 'offline-home');             // test-results/e2e/screenshots/
//   await server.kill(); const again = await server.restart();
//   ... afterAll: await browser.close(); await stopAllServers();

export { distDir, ensureBuilt, repoRoot, staleReason } from './build.mjs';
export { CHROMIUM_ARGS, CHROMIUM_PATH, collectPageErrors, goOffline, goOnline, launchBrowser, newAppContext, waitForServiceWorker } from './browser';
export { indexedDbPlacesOf } from './indexedDb';
export { resultsDir, screenshotsDir } from './paths';
export { screenshot, screenshotOnFailure } from './screenshot';
export { E2E_ADMIN_PASSWORD, SERVER_ENTRY, freePort, startServer, stopAllServers } from './server';
export type { ServerHandle, StartServerOptions } from './server';
