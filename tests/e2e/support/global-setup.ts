// Global setup of the e2e project: make sure dist/ is built, once per run.
// scripts/test-all.mjs builds before starting the e2e project and says so
// through XIAOAN_E2E_BUILD; `npx vitest run --project e2e` alone builds here.

import { BUILD_STATE_ENV, ensureBuilt } from './build.mjs';

export default function setup(): void {
  const state = process.env[BUILD_STATE_ENV];
  if (state === 'ok' || state === 'failed') {
    if (state === 'failed') console.warn('[e2e build] the build failed earlier in this run: tests that need the app will fail');
    return;
  }
  const result = ensureBuilt();
  process.env[BUILD_STATE_ENV] = result.ok ? 'ok' : 'failed';
  // Not fatal: tests that only need the API can still run; tests that open
  // the app fail with a message naming the missing build (see app.ts).
  if (!result.ok) console.warn('[e2e build] vite build failed: tests that need the app will fail');
}
