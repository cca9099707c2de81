/**
 * Issue 7.10 — bad input gets 400 (or a per-row refusal) with a reason,
 * never a 500, on SQLite and PostgreSQL alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, by, hazard, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

describe.each(STORAGE_KINDS)('hostile input (%s)', (kind) => {
  let h: Harness;
  let teacher: string;
  let admin: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    teacher = await h.login('teachera');
    admin = await h.login('schoola');
  });
  afterAll(async () => h?.close());

  it('refuses document ids outside the defined pattern with 400', async () => {
    for (const id of ['', '../etc', 'a/b', 'x'.repeat(65), 'bad\u0000id', '空格 id']) {
      const res = await h.post('/api/sync/hazards/push', [row({ ...by('teachera', hazard('x', PATHS.schoolA)), id })], teacher);
      expect(res.statusCode, JSON.stringify(id)).toBe(400);
      expect(res.json().code).toBe('invalid_id');
    }
  });

  it('refuses NUL characters, deep and oversized free-form objects as invalid rows, never 500', async () => {
    const nul = { ...by('teachera', hazard('hz-nul', PATHS.schoolA)), description: 'a\u0000b' };
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 12; i++) deep = { inner: deep };
    const tooDeep = { ...by('teachera', activity('act-deep', PATHS.classA)), data: deep };
    const huge = { ...by('teachera', activity('act-huge', PATHS.classA)), data: { blob: 'x'.repeat(70_000) } };
    const nulKey = { ...by('teachera', activity('act-nulkey', PATHS.classA)), data: { 'a\u0000': 1 } };
    const hz = await h.push('hazards', [row(nul)], teacher);
    expect(hz.status).toBe(200);
    expect(hz.refused).toEqual([expect.objectContaining({ id: 'hz-nul', code: 'invalid_document' })]);
    const acts = await h.push('activities', [row(tooDeep), row(huge), row(nulKey)], teacher);
    expect(acts.status).toBe(200);
    expect(acts.refused.map((r) => [r.id, r.code])).toEqual([
      ['act-deep', 'invalid_document'],
      ['act-huge', 'invalid_document'],
      ['act-nulkey', 'invalid_document'],
    ]);
    expect(acts.refused.map((r) => r.reason)).toEqual([expect.stringContaining('嵌套层级过深'), expect.stringContaining('文档过大'), expect.stringContaining('空字符')]);
  });

  it('answers NUL characters and malformed ids in sign-in and administration with 400', async () => {
    expect((await h.post('/api/auth/login', { username: 'school\u0000a', password: 'x' })).statusCode).toBe(400);
    expect((await h.post('/api/auth/login', { username: 'schoola', password: 'x\u0000' })).statusCode).toBe(400);
    expect((await h.post('/api/admin/accounts/a%00b/disable', {}, admin)).statusCode).toBe(400);
    expect((await h.get('/api/admin/devices?accountId=%00', admin)).statusCode).toBe(400);
    expect((await h.get('/api/admin/accounts?after=%00', admin)).statusCode).toBe(400);
    expect((await h.get(`/api/sync/people/pull?checkpoint=${encodeURIComponent(JSON.stringify({ updatedAt: 1, id: 'a\u0000' }))}`, admin)).statusCode).toBe(400);
  });
});
