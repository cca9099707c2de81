import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer, stopAllServers, type ServerHandle, type StartServerOptions } from '../support';
import { ServerApi } from './serverApi';

export interface DemoServer {
  server: ServerHandle;
  browser: Browser;
  /** The server's API as the test's own client (sign-in, pulls), for arranging and checking. */
  api: ServerApi;
}

/**
 * A server with the demo data, Chromium and the server's API for all the
 * tests of a file: started before the file's own `beforeAll` hooks (call
 * this before registering them), closed after its last test. The fields
 * are set once the hooks have run; a test that restarts the server
 * assigns `server` again.
 */
export function demoServerPerFile(options?: StartServerOptions): DemoServer {
  const demo: Partial<DemoServer> = {};
  beforeAll(async () => {
    const server = await startServer(options);
    demo.server = server;
    demo.browser = await launchBrowser();
    demo.api = new ServerApi(server.url);
  });
  afterAll(async () => {
    await demo.browser?.close();
    await stopAllServers();
  });
  return demo as DemoServer;
}
