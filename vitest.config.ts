import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Four projects, so each kind of test gets the environment it needs:
 * unit (plain Node: domain, import, sync logic), component (Vue components
 * in happy-dom with fake-indexeddb), server (the sync server against a real
 * SQLite file and PostgreSQL) and e2e (real headless Chromium).
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
          include: ['tests/domain/**/*.test.ts', 'tests/import/**/*.test.ts', 'tests/sync/**/*.test.ts', 'tests/db/**/*.test.ts'],
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
          include: ['tests/features/**/*.test.ts', 'tests/components/**/*.test.ts'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
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
          include: ['tests/e2e/**/*.test.ts'],
          // Builds dist/ once per run if it is missing or stale (skipped when
          // scripts/test-all.mjs already built it).
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
