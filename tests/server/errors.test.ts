import { describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/src/app';
import type { Storage } from '../../sync-server/src/storage/types';
import { testConfig } from './helpers';

/**
 * A storage whose every call fails with an internal error (no database needed), once the server is up:
 * at start it tells the statistics rollups they are already counted, so the server starts.
 */
const brokenStorage = new Proxy({ kind: 'sqlite' } as Storage, {
  get(target, key) {
    if (key === 'kind') return target.kind;
    if (key === 'getMeta') return () => Promise.resolve('counted');
    return () => Promise.reject(new Error('secret internal detail: /var/lib/xiaoan/db password=hunter2'));
  },
});

describe('error handling', () => {
  it('hides 5xx details and logs them', async () => {
    const lines: string[] = [];
    const app = await buildApp({
      config: testConfig(),
      storage: brokenStorage,
      logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } },
    });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'b' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'internal_error', message: '服务器内部错误，请稍后再试' });
    expect(res.body).not.toContain('secret');
    expect(lines.join('')).toContain('secret internal detail');
    await app.close();
  });

  it('answers a request that fails schema validation with a Chinese 400', async () => {
    const app = await buildApp({ config: testConfig(), storage: brokenStorage });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 42 } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'bad_request', message: '请求格式不正确' });
    await app.close();
  });
});
