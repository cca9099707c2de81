/**
 * The built app from ./dist: hashed assets cached for a year, the entry
 * points (index.html, sw.js, the manifest) always revalidated so an update
 * is picked up, and deep links (/roster/…) answered with index.html.
 * The build writes brotli and gzip copies beside each text file
 * (scripts/vite/precompress.mjs): a browser that accepts one gets it, with
 * `Content-Encoding` and the original file's `Content-Type`.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { STATUS_MESSAGES } from '../errors';

const NO_CACHE_FILES = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest', 'manifest.json']);
const LONG_CACHE = 'public, max-age=31536000, immutable';

/** `index.html.br` → `index.html`: the precompressed copy is cached like its original. */
function originalPath(path: string): string {
  return path.replace(/\.(br|gz)$/, '');
}

export function cacheControlFor(servedPath: string): string {
  const path = originalPath(servedPath);
  const name = basename(path);
  if (NO_CACHE_FILES.has(name) || name.endsWith('.html')) return 'no-cache';
  if (path.includes(`${sep}assets${sep}`) || /^workbox-[0-9a-f]+\.js$/.test(name)) return LONG_CACHE;
  return 'no-cache';
}

/** GETs that should get the app shell: not the API, and not a missing file. */
function isDeepLink(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/')) return false;
  const ext = extname(path);
  return ext === '' || ext === '.html';
}

export interface StaticOptions {
  distDir: string;
}

export default fp<StaticOptions>(
  async (app, { distDir }) => {
    const hasApp = existsSync(join(distDir, 'index.html'));
    if (hasApp) {
      await app.register(fastifyStatic, {
        root: distDir,
        prefix: '/',
        index: ['index.html'],
        cacheControl: false,
        preCompressed: true,
        setHeaders: (res, path) => {
          res.setHeader('Cache-Control', cacheControlFor(path));
          // Which bytes are sent depends on Accept-Encoding: caches must key on it.
          res.setHeader('Vary', 'Accept-Encoding');
        },
      });
    }
    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      if (hasApp && isDeepLink(request)) {
        return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
      }
      const message = !hasApp && isDeepLink(request) ? '前端尚未构建（请运行 npm start 或 npx vite build）' : STATUS_MESSAGES[404];
      return reply.status(404).send({ code: 'not_found', message });
    });
  },
  { name: 'static' },
);
