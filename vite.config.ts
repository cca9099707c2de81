import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/vite/precompress.mjs';

/**
 * Rural schools run 360 and QQ browsers on Chromium 86–109 cores: syntax is
 * lowered for Chromium 86, and the built-ins it lacks come from
 * src/polyfills (scripts/check-compat.mjs checks the output for both).
 */
const OLDEST_BROWSER = 'chrome86';

/**
 * The polyfills in a chunk of their own, so that the entry imports it before
 * any library chunk: inlined into the entry, they would run only after the
 * chunks the entry imports (ES modules run their imports first).
 */
const polyfillChunk = {
  output: {
    codeSplitting: { groups: [{ name: 'polyfills', test: /[\\/](core-js[\\/]|src[\\/]polyfills[\\/])/, priority: 100 }] },
  },
};

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // RxDB dev-mode loads a page from rxdb.info and needs a validator
    // wrapper: development builds only, never production or offline tests.
    __RXDB_DEV_MODE__: JSON.stringify(mode === 'development'),
  },
  plugins: [
    vue(),
    // Element Plus on demand (components and their CSS), so the first screen
    // on a classroom PC stays light. Our own components are imported
    // explicitly: `dirs: []` keeps the resolver to Element Plus only.
    Components({ dirs: [], resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts' }),
    VitePWA({
      // 'prompt', not auto-update: reloading under a half-filled form loses it.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: '校安 · 学校安全教育与隐患排查',
        short_name: '校安',
        description: '离线优先的学校安全教育、花名册与隐患排查平台',
        lang: 'zh-CN',
        theme_color: '#1f6feb',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Workbox precaches js/css/html only by default: the shell also needs
        // icons, fonts and the manifest to work offline.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Deep links offline: any navigation falls back to the cached shell,
        // except the API which must reach the server or fail honestly.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
    // Last: brotli and gzip copies of everything above, the service worker included.
    precompress(),
  ],
  // The import worker loads the same polyfills first (src/import/worker/importWorker.ts).
  worker: { format: 'es', rolldownOptions: polyfillChunk },
  build: {
    target: OLDEST_BROWSER,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: polyfillChunk,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
}));
