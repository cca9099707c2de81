import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/src/app';
import { ensureTopAdmin, TOP_ADMIN_USERNAME } from '../../sync-server/src/bootstrap/admin';
import { DEMO_PASSWORD, ensureDemo } from '../../sync-server/src/bootstrap/demo';
import type { FastifyInstance } from 'fastify';
import { createTestStorage, STORAGE_KINDS, testConfig, type TestStorage } from './helpers';

describe.each(STORAGE_KINDS)('first start (%s)', (kind) => {
  let t: TestStorage;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestStorage(kind);
    app = await buildApp({ config: testConfig(), storage: t.storage });
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('creates admin with a generated password that must be changed, once', async () => {
    const first = await ensureTopAdmin(t.storage, app.hub);
    expect(first.created).toBe(true);
    if (!first.created) return;
    expect(first.generated).toBe(true);
    const res = await login(TOP_ADMIN_USERNAME, first.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ role: 'province_admin', orgPath: '/', mustChangePassword: true });
    // A later start with XIAOAN_ADMIN_PASSWORD set changes nothing.
    expect(await ensureTopAdmin(t.storage, app.hub, 'Other-pass-2468')).toEqual({ created: false, mustChangePassword: true });
    expect((await login(TOP_ADMIN_USERNAME, 'Other-pass-2468')).statusCode).toBe(401);
  });

  it('seeds the demo once, with one account per role signing in with the demo password', async () => {
    const accounts = await ensureDemo(t.storage, app.hub);
    expect(accounts.map((a) => a.role)).toEqual([
      'province_admin', 'city_admin', 'county_admin', 'township_admin', 'school_admin', 'safety_leader', 'teacher', 'student', 'classroom',
    ]);
    for (const a of accounts) {
      const res = await login(a.username, DEMO_PASSWORD);
      expect(res.statusCode, a.username).toBe(200);
      expect(res.json().user.mustChangePassword).toBe(false);
    }
    const again = await ensureDemo(t.storage, app.hub);
    expect(again).toEqual(accounts);

    // The demo county administrator sees the generated roster, a teacher only its school.
    const county = (await login('demo-county', DEMO_PASSWORD)).json().token as string;
    const people = await app.inject({ method: 'GET', url: '/api/sync/people/pull?limit=5000', headers: { authorization: `Bearer ${county}` } });
    const all = people.json().documents as { orgPath: string }[];
    expect(all.length).toBeGreaterThan(500);
    const teacher = (await login('demo-teacher', DEMO_PASSWORD)).json();
    const mine = await app.inject({
      method: 'GET',
      url: '/api/sync/people/pull?limit=5000',
      headers: { authorization: `Bearer ${teacher.token}` },
    });
    const school = mine.json().documents as { orgPath: string }[];
    expect(school.length).toBeGreaterThan(0);
    expect(school.length).toBeLessThan(all.length);
    expect(school.every((p) => p.orgPath.startsWith(teacher.user.orgPath))).toBe(true);
  });

  it('seeds the demo on the top administrator’s request, and for no one else', async () => {
    const county = (await login('demo-county', DEMO_PASSWORD)).json().token as string;
    const refused = await app.inject({ method: 'POST', url: '/api/admin/demo', headers: { authorization: `Bearer ${county}` } });
    expect(refused.statusCode).toBe(403);
  });
});

describe.each(STORAGE_KINDS)('demo on request (%s)', (kind) => {
  let t: TestStorage;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestStorage(kind);
    app = await buildApp({ config: testConfig(), storage: t.storage });
    await ensureTopAdmin(t.storage, app.hub, 'Root-pass-1357');
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it('lets the top administrator load the demo tree once, which it then pulls', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Root-pass-1357' } });
    const token = login.json().token as string;
    const headers = { authorization: `Bearer ${token}` };
    const first = await app.inject({ method: 'POST', url: '/api/admin/demo', headers });
    expect(first.statusCode).toBe(200);
    expect(first.json().accounts).toHaveLength(9);
    const again = await app.inject({ method: 'POST', url: '/api/admin/demo', headers });
    expect(again.json()).toEqual(first.json());
    const orgs = await app.inject({ method: 'GET', url: '/api/sync/orgs/pull?limit=1000', headers });
    expect((orgs.json().documents as { kind: string }[]).some((o) => o.kind === 'province')).toBe(true);
  });
});
