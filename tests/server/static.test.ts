import type { LightMyRequestResponse } from 'fastify';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/vite/precompress.mjs';
import { createHarness, STORAGE_KINDS, type Harness } from './helpers';

describe.each(STORAGE_KINDS)('built app (%s)', (kind) => {
  let h: Harness;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'xiaoan-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>校安</title>');
    await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(dist, 'manifest.webmanifest'), '{}');
    await writeFile(join(dist, 'assets', 'index-3f2a9c.js'), 'console.log(1)');
    h = await createHarness(kind, { distDir: dist });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html without caching, and deep links with the app shell', async () => {
    for (const url of ['/', '/roster/classes/cls-a1', '/login?next=%2F']) {
      const res = await h.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('校安');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('never caches the service worker or the manifest, and caches hashed assets for long', async () => {
    expect((await h.get('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await h.get('/manifest.webmanifest')).headers['cache-control']).toBe('no-cache');
    const asset = await h.get('/assets/index-3f2a9c.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers missing files and unknown API routes with 404 JSON, not the shell', async () => {
    const missing = await h.get('/assets/missing-123.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
    const token = await h.login('schoola');
    const api = await h.get('/api/nope', token);
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });
});

describe('precompressed files (the build writes .br and .gz copies)', () => {
  let h: Harness;
  let dist: string;
  // Big enough to be compressed (tiny files are not), and the same bytes every time.
  const script = 'export const rows = [\n' + Array.from({ length: 400 }, (_, i) => `  { id: ${i}, name: "学生${i}" },`).join('\n') + '\n];\n';
  const html = `<!doctype html><title>校安</title>${'<!-- shell -->'.repeat(100)}`;
  const css = `.roster { color: #1f6feb; }\n`.repeat(100);
  const manifest = JSON.stringify({ name: '校安', description: '学校安全'.repeat(100) });
  const png = Buffer.alloc(2048, 7);

  const ACCEPT_ALL = 'gzip, deflate, br, zstd'; // what Chromium sends over HTTPS
  const ACCEPT_HTTP = 'gzip, deflate'; // what it sends over plain HTTP
  const get = (url: string, acceptEncoding?: string) =>
    h.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
  const decoded = (res: LightMyRequestResponse): string => {
    const encoding = res.headers['content-encoding'];
    if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
    if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
    expect(encoding, 'an encoding the test does not decode').toBeUndefined();
    return res.rawPayload.toString('utf8');
  };

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'xiaoan-dist-'));
    await mkdir(join(dist, 'assets'));
    await mkdir(join(dist, 'icons'));
    await writeFile(join(dist, 'index.html'), html);
    await writeFile(join(dist, 'sw.js'), script);
    await writeFile(join(dist, 'manifest.webmanifest'), manifest);
    await writeFile(join(dist, 'assets', 'index-3f2a9c.js'), script);
    await writeFile(join(dist, 'assets', 'index-77b1d0.css'), css);
    await writeFile(join(dist, 'icons', 'icon-192.png'), png);
    await precompressDir(dist);
    h = await createHarness('sqlite', { distDir: dist });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies of text files only', () => {
    for (const file of ['index.html', 'sw.js', 'manifest.webmanifest', 'assets/index-3f2a9c.js', 'assets/index-77b1d0.css']) {
      expect(existsSync(join(dist, `${file}.br`)), file).toBe(true);
      expect(existsSync(join(dist, `${file}.gz`)), file).toBe(true);
    }
    expect(existsSync(join(dist, 'icons', 'icon-192.png.br'))).toBe(false);
  });

  it('sends brotli when accepted, gzip over plain HTTP, the file itself without Accept-Encoding', async () => {
    const cases = [
      { accept: ACCEPT_ALL, encoding: 'br' },
      { accept: ACCEPT_HTTP, encoding: 'gzip' },
      { accept: undefined, encoding: undefined },
    ];
    for (const { accept, encoding } of cases) {
      const res = await get('/assets/index-3f2a9c.js', accept);
      expect(res.statusCode, String(accept)).toBe(200);
      expect(res.headers['content-encoding'], String(accept)).toBe(encoding);
      expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
      expect(decoded(res)).toBe(script);
    }
    const compressed = await get('/assets/index-3f2a9c.js', ACCEPT_ALL);
    expect(compressed.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it('keeps each file type and caching rule, compressed or not: CSS, the shell, the service worker, the manifest', async () => {
    const expected = [
      { url: '/assets/index-77b1d0.css', type: 'text/css; charset=utf-8', cache: 'public, max-age=31536000, immutable', body: css },
      { url: '/', type: 'text/html; charset=utf-8', cache: 'no-cache', body: html },
      { url: '/roster/classes/cls-a1', type: 'text/html; charset=utf-8', cache: 'no-cache', body: html },
      { url: '/sw.js', type: 'application/javascript; charset=utf-8', cache: 'no-cache', body: script },
      { url: '/manifest.webmanifest', type: 'application/manifest+json', cache: 'no-cache', body: manifest },
    ];
    for (const { url, type, cache, body } of expected) {
      for (const [accept, encoding] of [[ACCEPT_ALL, 'br'], [ACCEPT_HTTP, 'gzip'], [undefined, undefined]] as const) {
        const res = await get(url, accept);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-encoding'], `${url} ${accept}`).toBe(encoding);
        expect(res.headers['content-type'], url).toBe(type);
        expect(res.headers['cache-control'], url).toBe(cache);
        expect(res.headers.vary, url).toMatch(/accept-encoding/i);
        expect(decoded(res), url).toBe(body);
      }
    }
  });

  it('sends files without a compressed copy as they are', async () => {
    const res = await get('/icons/icon-192.png', ACCEPT_ALL);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(png)).toBe(true);
  });
});
