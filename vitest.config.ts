import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/** The folders of tests/ that the component, server and e2e projects run; every other test is a unit test. */
const COMPONENT = 'tests/features/**/*.test.ts';
const SERVER = 'tests/server/**/*.test.ts';
const E2E = 'tests/e2e/**/*.test.ts';

/**
 * Four projects, so each kind of test gets the environment it needs:
 * unit (Node: domain, import, db, sync, stores, session, auth, the lint
 * rules; a file that needs browser globals says `@vitest-environment
 * happy-dom`), component (Vue components in happy-dom with fake-indexeddb),
 * server (the sync server against a real SQLite file and PostgreSQL) and
 * e2e (real headless Chromium).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, COMPONENT, SERVER, E2E],
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'happy-dom',
          // Whole-school imports run in happy-dom: generous caps, since CI
          // machines are shared and slow (timings are never asserted).
          testTimeout: 30_000,
          include: [COMPONENT],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          environment: 'node',
          include: [SERVER],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: [E2E],
          // Builds dist/ once per run if it is missing or stale (skipped when
          // scripts/test-all.mjs already built it).
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits for a state; its 1 s default is a sample, not a
          // wait, on a loaded 2-core machine (a page's first query can take
          // longer): every poll in a browser test waits up to 30 s.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
