// @vitest-environment happy-dom
// Photos go up beside replication (docs/hazards.md): HEAD first, PUT only
// what the server lacks, one photo at a time; a failure leaves the rest
// waiting for the next run, a photo the server refuses does not hold up
// the others, and the device keeps every photo until the server has it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/api/apiClient';
import { DeviceFiles } from '@/db/deviceFiles';
import type { PhotoRef } from '@/domain/hazards';
import { FileUploader } from '@/sync/fileUploader';

const api = createApiClient({ getToken: () => 'token-1' });
const ref = (n: number): PhotoRef => ({ hash: String(n).repeat(64).slice(0, 64), mime: 'image/jpeg', bytes: 3, width: 1, height: 1 });
const blob = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
let dbCount = 0;

/** A fake server: `stored` hashes answer HEAD 200; PUT answers `putStatus(hash)` and stores on 2xx. */
function fakeServer(stored: Set<string>, putStatus: (hash: string) => number | 'offline' = () => 201) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const hash = url.split('/').pop() ?? '';
    calls.push(`${init.method} ${hash.slice(0, 1)}`);
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    if (init.method === 'HEAD') return new Response(null, { status: stored.has(hash) ? 200 : 404 });
    const status = putStatus(hash);
    if (status === 'offline') throw new TypeError('Failed to fetch');
    if (status < 300) stored.add(hash);
    return new Response('{}', { status });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('FileUploader', () => {
  it('uploads what the server lacks, skips what it has, and keeps nothing pending afterwards', async () => {
    const files = new DeviceFiles(`files-test-${dbCount++}`);
    for (const n of [1, 2]) await files.add(ref(n), blob());
    const calls = fakeServer(new Set([ref(2).hash]));
    await new FileUploader(api, files).run();
    expect(calls).toEqual(['HEAD 1', 'PUT 1', 'HEAD 2']);
    expect(await files.pending()).toEqual([]);
    expect((await files.get(ref(1).hash))?.uploaded).toBe(1);
    // A second run (another trigger, a retry) sends nothing.
    const again = fakeServer(new Set([ref(1).hash, ref(2).hash]));
    await new FileUploader(api, files).run();
    expect(again).toEqual([]);
  });

  it('stops at a network failure and resumes with the photos left on the next run', async () => {
    const files = new DeviceFiles(`files-test-${dbCount++}`);
    for (const n of [1, 2, 3]) await files.add(ref(n), blob());
    const stored = new Set<string>();
    fakeServer(stored, (hash) => (hash === ref(2).hash ? 'offline' : 201));
    await new FileUploader(api, files).run();
    expect((await files.pending()).map((f) => f.hash)).toEqual([ref(2).hash, ref(3).hash]);
    const calls = fakeServer(stored);
    await new FileUploader(api, files).run();
    expect(calls).toEqual(['HEAD 2', 'PUT 2', 'HEAD 3', 'PUT 3']);
    expect(await files.pending()).toEqual([]);
  });

  it('lets a photo the server refuses wait without holding up the others', async () => {
    const files = new DeviceFiles(`files-test-${dbCount++}`);
    for (const n of [1, 2]) await files.add(ref(n), blob());
    fakeServer(new Set(), (hash) => (hash === ref(1).hash ? 415 : 201));
    await new FileUploader(api, files).run();
    expect((await files.pending()).map((f) => f.hash)).toEqual([ref(1).hash]);
  });
});
