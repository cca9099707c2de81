// Vite plugin: once the build is written, puts a brotli (`.br`) and a gzip
// (`.gz`) copy beside every compressible file of the output (JavaScript,
// CSS, HTML, SVG, the web manifest). It runs after vite-plugin-pwa, whose
// service worker and Workbox runtime appear only when the bundle is closed,
// so those are compressed too. The sync server sends a copy to the browsers
// that accept it (@fastify/static `preCompressed`,
// sync-server/src/plugins/static.ts): rural schools load the app over slow
// links, and compressing at build time costs the server nothing per request.
//
// Both encodings, because Chromium offers brotli to secure origins only;
// over plain HTTP to a school's LAN address it asks for gzip.
//
// Plain JavaScript so that vite.config.ts imports it with its extension
// (Vite's native config loader wants one). Types: precompress.d.mts.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest)$/;
/** Below this, headers outweigh what compression saves. */
const MIN_BYTES = 512;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const ENCODERS = [
  {
    extension: '.br',
    encode: (data) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { extension: '.gz', encode: (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }) },
];

/** Writes `file.br` and `file.gz` beside each compressible file under `dir`; resolves to how many files were compressed. */
export async function precompressDir(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => join(e.parentPath, e.name));
  let compressed = 0;
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      if (data.length < MIN_BYTES) return;
      for (const { extension, encode } of ENCODERS) {
        const encoded = await encode(data);
        // A copy that is not smaller would only cost the browser a decode.
        if (encoded.length < data.length) await writeFile(file + extension, encoded);
      }
      compressed++;
    }),
  );
  return compressed;
}

/** @returns {import('vite').Plugin} */
export function precompress() {
  let outDir = '';
  /** @type {import('vite').Logger | undefined} */
  let logger;
  return {
    name: 'xiaoan:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const count = await precompressDir(outDir);
        logger?.info(`precompress: brotli and gzip copies of ${count} files`);
      },
    },
  };
}
