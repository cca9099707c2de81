import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, PATHS } from './fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from './helpers';

describe.each(STORAGE_KINDS)('accounts (%s)', (kind) => {
  let h: Harness;
  let schoolA: string;
  let schoolB: string;
  let town: string;

  beforeAll(async () => {
    h = await createHarness(kind);
    schoolA = await h.login('schoola');
    schoolB = await h.login('schoolb');
    town = await h.login('town1');
  });
  afterAll(async () => h?.close());

  const student = (id: string, requestedUsername: string, displayName: string, initialPassword = 'Init-pass-4821') =>
    account(id, 'student', 'cls-a1', PATHS.classA, { requestedUsername, displayName, initialPassword });

  it('creates sign-in users from pushed accounts with unique final usernames', async () => {
    const rows = [
      row(student('acc-s1', 'zhangsan', '张三')),
      row(student('acc-s2', 'zhangsan', '张三')),
      row(student('acc-s3', '', '王浩')),
    ];
    const res = await h.post('/api/sync/accounts/push', rows, schoolA);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
    // Another school asks for the same name later: numbered on.
    const other = account('acc-s4', 'student', 'cls-b1', PATHS.classB, {
      requestedUsername: 'zhangsan',
      displayName: '张三',
      initialPassword: 'Init-pass-4821',
    });
    expect((await h.post('/api/sync/accounts/push', [row(other)], schoolB)).json()).toEqual([]);

    const pulled = new Map((await h.pullAll('accounts', town)).map((a) => [a.id, a]));
    expect(pulled.get('acc-s1')).toMatchObject({ username: 'zhangsan', status: 'active', mustChangePassword: true });
    expect(pulled.get('acc-s2')).toMatchObject({ username: 'zhangsan2', status: 'active' });
    expect(pulled.get('acc-s3')).toMatchObject({ username: 'wanghao', status: 'active' });
    expect(pulled.get('acc-s4')).toMatchObject({ username: 'zhangsan3', status: 'active' });

    const login = await h.post('/api/auth/login', { username: 'zhangsan2', password: 'Init-pass-4821' });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ id: 'acc-s2', role: 'student', mustChangePassword: true });
  });

  it('leaves an account without an initial password pending, and a reset opens it', async () => {
    const pending = student('acc-pending', 'lisi', '李四', '');
    expect((await h.post('/api/sync/accounts/push', [row(pending)], schoolA)).json()).toEqual([]);
    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-pending');
    expect(stored).toMatchObject({ status: 'pending', username: '' });
    const reset = await h.post('/api/admin/accounts/acc-pending/reset-password', {}, schoolA);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().username).toBe('lisi');
    const login = await h.post('/api/auth/login', { username: 'lisi', password: reset.json().initialPassword });
    expect(login.statusCode).toBe(200);
  });

  it('refuses accounts at or above the pusher’s level, and renames', async () => {
    const peer = account('acc-peer', 'safety_leader', 'sch-a', PATHS.schoolA, { initialPassword: 'Init-pass-4821' });
    const res = await h.post('/api/sync/accounts/push', [row(peer)], schoolA);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('role_too_high');
    // The township administrator opens it (one level down).
    expect((await h.post('/api/sync/accounts/push', [row(peer)], town)).json()).toEqual([]);
    const current = (await h.pullAll('accounts', town)).find((a) => a.id === 'acc-peer');
    const renamed = { ...current, username: 'chosen-by-client' };
    const refused = await h.post('/api/sync/accounts/push', [row(renamed, current)], town);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('username_server_assigned');
  });

  it('disables an account pushed with status disabled', async () => {
    const created = student('acc-to-disable', 'wangwu', '王五');
    await h.post('/api/sync/accounts/push', [row(created)], schoolA);
    const login = await h.post('/api/auth/login', { username: 'wangwu', password: 'Init-pass-4821' });
    const token = login.json().token as string;
    const current = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-to-disable');
    expect((await h.post('/api/sync/accounts/push', [row({ ...current, status: 'disabled' }, current)], schoolA)).json()).toEqual([]);
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(401);
    expect((await h.post('/api/auth/login', { username: 'wangwu', password: 'Init-pass-4821' })).statusCode).toBe(403);
  });

  it('lists accounts within the caller’s subtree only', async () => {
    const list = await h.get('/api/admin/accounts', schoolA);
    expect(list.statusCode).toBe(200);
    const accounts = list.json().accounts as { id: string; orgPath: string; manageable: boolean }[];
    expect(accounts.every((a) => a.orgPath.startsWith(PATHS.schoolA))).toBe(true);
    expect(accounts.find((a) => a.id === 'acc-teachera')?.manageable).toBe(true);
    expect(accounts.find((a) => a.id === 'acc-safetya')?.manageable).toBe(false);
    const byClass = (await h.get('/api/admin/accounts?orgId=cls-a1', schoolA)).json().accounts as { orgPath: string }[];
    expect(byClass.length).toBeGreaterThan(0);
    expect(byClass.every((a) => a.orgPath === PATHS.classA)).toBe(true);
    expect((await h.get('/api/admin/accounts?orgId=sch-b', schoolA)).statusCode).toBe(403);
    const paged = (await h.get('/api/admin/accounts?limit=2', town)).json();
    expect(paged.accounts).toHaveLength(2);
    expect(typeof paged.next).toBe('string');
  });

  it('keeps administrators away from accounts outside their subtree', async () => {
    expect((await h.post('/api/admin/accounts/acc-teacherb/reset-password', {}, schoolA)).statusCode).toBe(403);
    expect((await h.post('/api/admin/accounts/acc-teacherb/disable', {}, schoolA)).statusCode).toBe(403);
    expect((await h.get('/api/admin/devices?accountId=acc-teacherb', schoolA)).statusCode).toBe(403);
    expect((await h.post('/api/admin/accounts/missing/disable', {}, schoolA)).statusCode).toBe(404);
    const teacher = await h.login('teacherb');
    const res = await h.get('/api/admin/accounts', teacher);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('admin_only');
  });
});
