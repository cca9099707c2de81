import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, STORAGE_KINDS, type Harness } from './helpers';
import { PASSWORD } from './fixtures';

describe.each(STORAGE_KINDS)('auth (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(async () => h?.close());

  it('reports health with the storage kind', async () => {
    const res = await h.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', storage: kind, version: 'test' });
  });

  it('signs in and returns the token, the user and the expiry', async () => {
    const res = await h.post('/api/auth/login', { username: 'TeacherA ', password: PASSWORD, deviceLabel: '办公室电脑' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body.expiresAt).toBeGreaterThan(Date.now());
    expect(body.user).toEqual({
      id: 'acc-teachera',
      username: 'teachera',
      displayName: 'teachera',
      role: 'teacher',
      orgId: 'sch-a',
      orgPath: '/41/4115/411502/411502001/sch-a/',
      personId: 't-a',
      mustChangePassword: false,
    });
    const me = await h.get('/api/auth/me', body.token);
    expect(me.statusCode).toBe(200);
    expect(me.json().session.label).toBe('办公室电脑');
  });

  it('refuses wrong passwords and unknown users alike', async () => {
    for (const payload of [{ username: 'schoola', password: 'nope-nope-1' }, { username: 'nobody', password: PASSWORD }]) {
      const res = await h.post('/api/auth/login', payload, undefined, { remoteAddress: '10.0.0.2' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误' });
    }
  });

  it('answers 401 without a token, with a bad one, and after sign-out', async () => {
    for (const url of ['/api/sync/collections', '/api/auth/me', '/api/sync/people/pull', '/api/admin/accounts', '/api/sync/stream']) {
      const res = await h.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().message).toBe('请先登录');
    }
    expect((await h.get('/api/sync/collections', 'not-a-real-token')).statusCode).toBe(401);
    const token = await h.login('schoola');
    expect((await h.get('/api/sync/collections', token)).statusCode).toBe(200);
    expect((await h.post('/api/auth/logout', {}, token)).statusCode).toBe(200);
    const after = await h.get('/api/sync/collections', token);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('session_invalid');
  });

  it('refuses an expired session', async () => {
    const token = await h.login('safetya');
    const session = (await h.get('/api/auth/me', token)).json().session;
    await h.storage.touchSession(session.id, Date.now(), Date.now() - 1);
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(401);
  });

  it('changes a password, refusing weak ones and a wrong old password', async () => {
    const token = await h.login('rooma');
    const other = await h.login('rooma');
    const weak = await h.post('/api/auth/password', { oldPassword: PASSWORD, newPassword: '123456' }, token);
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('weak_password');
    expect(weak.json().message).toMatch(/密码/);
    const wrongOld = await h.post('/api/auth/password', { oldPassword: 'wrong-pass-99', newPassword: 'Better-pass-9753' }, token);
    expect(wrongOld.statusCode).toBe(403);
    const ok = await h.post('/api/auth/password', { oldPassword: PASSWORD, newPassword: 'Better-pass-9753' }, token);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(false);
    // This device stays signed in, the other one must sign in again.
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(200);
    expect((await h.get('/api/auth/me', other)).statusCode).toBe(401);
    expect((await h.post('/api/auth/login', { username: 'rooma', password: PASSWORD })).statusCode).toBe(401);
    expect((await h.post('/api/auth/login', { username: 'rooma', password: 'Better-pass-9753' })).statusCode).toBe(200);
  });

  it('gates an account that must change its password', async () => {
    const admin = await h.login('schoola');
    const reset = await h.post('/api/admin/accounts/acc-teachera/reset-password', {}, admin);
    expect(reset.statusCode).toBe(200);
    const { initialPassword, username } = reset.json();
    expect(username).toBe('teachera');
    expect(initialPassword).toMatch(/^\w{10}$/);
    expect((await h.post('/api/auth/login', { username: 'teachera', password: PASSWORD })).statusCode).toBe(401);

    const login = await h.post('/api/auth/login', { username: 'teachera', password: initialPassword });
    expect(login.json().user.mustChangePassword).toBe(true);
    const token = login.json().token as string;
    const gated = await h.get('/api/sync/collections', token);
    expect(gated.statusCode).toBe(403);
    expect(gated.json()).toEqual({ code: 'password_change_required', message: '请先修改初始密码' });
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(200);

    // The account document never carries the password: only the administrator who reset it saw it.
    const before = (await h.pullAll('accounts', admin)).find((a) => a.id === 'acc-teachera');
    expect(before).toMatchObject({ initialPassword: '', mustChangePassword: true });
    const changed = await h.post('/api/auth/password', { oldPassword: initialPassword, newPassword: 'Teacher-new-8642' }, token);
    expect(changed.statusCode).toBe(200);
    expect((await h.get('/api/sync/collections', token)).statusCode).toBe(200);
    const after = (await h.pullAll('accounts', admin)).find((a) => a.id === 'acc-teachera');
    expect(after).toMatchObject({ initialPassword: '', mustChangePassword: false });
  });

  it('slows down repeated failures per account, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await h.post('/api/auth/login', { username: 'town1', password: `wrong-${i}-pass` }, undefined, {
        remoteAddress: '10.0.1.1',
      });
      expect(res.statusCode).toBe(401);
    }
    expect((await h.post('/api/auth/login', { username: 'town1', password: 'wrong-5-pass' })).statusCode).toBe(401);
    const locked = await h.post('/api/auth/login', { username: 'town1', password: PASSWORD }, undefined, {
      remoteAddress: '10.0.1.2',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    expect(locked.json().retryAfter).toBeGreaterThan(0);
    expect(locked.headers['retry-after']).toBeDefined();
    // Other accounts are not affected.
    expect((await h.post('/api/auth/login', { username: 'county1', password: PASSWORD })).statusCode).toBe(200);
  });

  it('slows down one address guessing many accounts', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 30; i++) {
      const res = await h.post('/api/auth/login', { username: `ghost${i}`, password: 'whatever-1' }, undefined, { remoteAddress: ip });
      expect(res.statusCode).toBe(401);
    }
    expect((await h.post('/api/auth/login', { username: 'ghost-last', password: 'x-1' }, undefined, { remoteAddress: ip })).statusCode).toBe(401);
    const locked = await h.post('/api/auth/login', { username: 'county1', password: PASSWORD }, undefined, { remoteAddress: ip });
    expect(locked.statusCode).toBe(429);
    const elsewhere = await h.post('/api/auth/login', { username: 'county1', password: PASSWORD }, undefined, { remoteAddress: '10.9.9.10' });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a disabled account and its existing tokens; enabling restores sign-in', async () => {
    const token = await h.login('studenta1');
    const admin = await h.login('schoola');
    const disabled = await h.post('/api/admin/accounts/acc-studenta1/disable', {}, admin);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().account.status).toBe('disabled');
    const refused = await h.get('/api/sync/collections', token);
    expect(refused.statusCode).toBe(401);
    const login = await h.post('/api/auth/login', { username: 'studenta1', password: PASSWORD });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('account_disabled');
    expect((await h.post('/api/admin/accounts/acc-studenta1/enable', {}, admin)).statusCode).toBe(200);
    expect((await h.post('/api/auth/login', { username: 'studenta1', password: PASSWORD })).statusCode).toBe(200);
  });

  it('revokes one device without touching the others', async () => {
    const phone = await h.login('teacherb');
    const pc = await h.login('teacherb');
    const admin = await h.login('schoolb');
    const devices = (await h.get('/api/admin/devices?accountId=acc-teacherb', admin)).json().devices as { id: string; active: boolean }[];
    expect(devices.filter((d) => d.active).length).toBeGreaterThanOrEqual(2);
    const phoneSession = (await h.get('/api/auth/me', phone)).json().session.id as string;
    expect((await h.post(`/api/admin/devices/${phoneSession}/revoke`, {}, admin)).statusCode).toBe(200);
    expect((await h.get('/api/auth/me', phone)).statusCode).toBe(401);
    expect((await h.get('/api/auth/me', pc)).statusCode).toBe(200);
  });

  it('hides 5xx details and answers unknown routes with JSON', async () => {
    const res = await h.get('/nothing/here.js');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: '未找到' });
    const bad = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{oops', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad_request');
  });
});
