import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
