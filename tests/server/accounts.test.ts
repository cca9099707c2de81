import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, by, PATHS } from './fixtures';
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

  const student = (id: string, requestedUsername: string, displayName: string, initialPassword = 'Init-pass-4821', personId = 's-a1') =>
    by('schoola', account(id, 'student', 'cls-a1', PATHS.classA, { requestedUsername, displayName, initialPassword, personId }));
  const NO_CHANGES = { conflicts: [], refused: [] };

  it('creates sign-in users from pushed accounts with unique final usernames', async () => {
    const rows = [
      row(student('acc-s1', 'zhangsan', '张三')),
      row(student('acc-s2', 'zhangsan', '张三')),
      row(student('acc-s3', '', '王浩')),
    ];
    const res = await h.push('accounts', rows, schoolA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(NO_CHANGES);
    // Another school asks for the same name later: numbered on.
    const other = by('schoolb', account('acc-s4', 'student', 'cls-b1', PATHS.classB, {
      requestedUsername: 'zhangsan',
      displayName: '张三',
      initialPassword: 'Init-pass-4821',
      personId: 's-b1',
    }));
    expect((await h.push('accounts', [row(other)], schoolB)).body).toEqual(NO_CHANGES);

    const pulled = new Map((await h.pullAll('accounts', town)).map((a) => [a.id, a]));
    // The initial password reached the server once, to create the user; no copy stays in the document.
    expect(pulled.get('acc-s1')).toMatchObject({ username: 'zhangsan', status: 'active', mustChangePassword: true, initialPassword: '' });
    expect(pulled.get('acc-s2')).toMatchObject({ username: 'zhangsan2', status: 'active' });
    expect(pulled.get('acc-s3')).toMatchObject({ username: 'wanghao', status: 'active' });
    expect(pulled.get('acc-s4')).toMatchObject({ username: 'zhangsan3', status: 'active' });

    const login = await h.post('/api/auth/login', { username: 'zhangsan2', password: 'Init-pass-4821' });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ id: 'acc-s2', role: 'student', mustChangePassword: true });
  });

  it('leaves an account without an initial password pending, and a reset opens it', async () => {
    const pending = student('acc-pending', 'lisi', '李四', '');
    expect((await h.push('accounts', [row(pending)], schoolA)).body).toEqual(NO_CHANGES);
    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-pending');
    expect(stored).toMatchObject({ status: 'pending', username: '' });
    const reset = await h.post('/api/admin/accounts/acc-pending/reset-password', {}, schoolA);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().username).toBe('lisi');
    // Only the administrator who reset it learns the password: the document does not carry it.
    expect((await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-pending')).toMatchObject({ initialPassword: '', status: 'active' });
    const login = await h.post('/api/auth/login', { username: 'lisi', password: reset.json().initialPassword });
    expect(login.statusCode).toBe(200);
  });

  it('refuses accounts at or above the pusher’s level, and keeps the username the server’s', async () => {
    // A second information administrator for one's own school: a peer (the safety leader is the one exception, security/schoolPair).
    const peer = account('acc-peer', 'school_admin', 'sch-a', PATHS.schoolA, { initialPassword: 'Init-pass-4821', requestedUsername: 'peer' });
    expect((await h.push('accounts', [row(by('schoola', peer))], schoolA)).refused).toEqual([expect.objectContaining({ code: 'role_too_high' })]);
    // The township administrator opens it (one level down).
    expect((await h.push('accounts', [row(by('town1', peer))], town)).body).toEqual(NO_CHANGES);
    const current = (await h.pullAll('accounts', town)).find((a) => a.id === 'acc-peer');
    if (!current) throw new Error('acc-peer not stored');
    const renamed = by('town1', { ...current, username: 'chosen-by-client', displayName: '新名字' } as typeof peer, current as unknown as typeof peer);
    expect((await h.push('accounts', [row(renamed, current)], town)).body).toEqual(NO_CHANGES);
    expect((await h.pullAll('accounts', town)).find((a) => a.id === 'acc-peer')).toMatchObject({ username: 'peer', displayName: '新名字' });
  });

  it('refuses initial passwords weaker than chosen ones would be', async () => {
    const weak = student('acc-weak', 'ruomima', '弱密码', '12345678');
    expect((await h.push('accounts', [row(weak)], schoolA)).refused).toEqual([expect.objectContaining({ id: 'acc-weak', code: 'weak_password' })]);
    expect((await h.post('/api/auth/login', { username: 'ruomima', password: '12345678' })).statusCode).toBe(401);
  });

  it('opens teacher and student accounts only for people of their own unit', async () => {
    const teacherNoPerson = by('schoola', account('acc-t-none', 'teacher', 'sch-a', PATHS.schoolA, { initialPassword: 'Init-pass-4821' }));
    const studentWrongClass = student('acc-s-wrong', 'wrongclass', '错班', 'Init-pass-4821', 't-a');
    const res = await h.push('accounts', [row(teacherNoPerson), row(studentWrongClass)], schoolA);
    expect(res.refused.map((r) => [r.id, r.code])).toEqual([
      ['acc-t-none', 'invalid_person'],
      ['acc-s-wrong', 'invalid_person'],
    ]);
  });

  it('disables an account pushed with status disabled', async () => {
    const created = student('acc-to-disable', 'wangwu', '王五', 'Init-pass-4821', 's-a2');
    await h.push('accounts', [row(created)], schoolA);
    const login = await h.post('/api/auth/login', { username: 'wangwu', password: 'Init-pass-4821' });
    const token = login.json().token as string;
    const current = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-to-disable');
    if (!current) throw new Error('acc-to-disable not stored');
    const disabled = by('schoola', { ...current, status: 'disabled' } as typeof created, current as unknown as typeof created);
    expect((await h.push('accounts', [row(disabled, current)], schoolA)).body).toEqual(NO_CHANGES);
    expect((await h.get('/api/auth/me', token)).statusCode).toBe(401);
    expect((await h.post('/api/auth/login', { username: 'wangwu', password: 'Init-pass-4821' })).statusCode).toBe(403);
  });

  it('lists accounts within the caller’s subtree only', async () => {
    const list = await h.get('/api/admin/accounts', schoolA);
    expect(list.statusCode).toBe(200);
    const accounts = list.json().accounts as { id: string; orgPath: string; manageable: boolean }[];
    expect(accounts.every((a) => a.orgPath.startsWith(PATHS.schoolA))).toBe(true);
    expect(accounts.find((a) => a.id === 'acc-teachera')?.manageable).toBe(true);
    // The school's safety leader is the other half of the school's pair: its administrator manages it; not itself.
    expect(accounts.find((a) => a.id === 'acc-safetya')?.manageable).toBe(true);
    expect(accounts.find((a) => a.id === 'acc-schoola')?.manageable).toBe(false);
    const byClass = (await h.get('/api/admin/accounts?orgId=cls-a1', schoolA)).json().accounts as { orgPath: string }[];
    expect(byClass.length).toBeGreaterThan(0);
    expect(byClass.every((a) => a.orgPath === PATHS.classA)).toBe(true);
    // A unit elsewhere is answered like a unit that does not exist.
    expect((await h.get('/api/admin/accounts?orgId=sch-b', schoolA)).statusCode).toBe(404);
    expect((await h.get('/api/admin/accounts?orgId=nothing-here', schoolA)).statusCode).toBe(404);
    expect((await h.get('/api/admin/accounts?orgId=..%2Fx', schoolA)).statusCode).toBe(400);
    const paged = (await h.get('/api/admin/accounts?limit=2', town)).json();
    expect(paged.accounts).toHaveLength(2);
    expect(typeof paged.next).toBe('string');
  });

  it('keeps administrators away from accounts outside their subtree', async () => {
    // Another school's account is answered exactly like one that does not exist.
    const elsewhere = await h.post('/api/admin/accounts/acc-teacherb/reset-password', {}, schoolA);
    const missing = await h.post('/api/admin/accounts/missing/reset-password', {}, schoolA);
    expect([elsewhere.statusCode, elsewhere.json()]).toEqual([missing.statusCode, missing.json()]);
    expect(elsewhere.statusCode).toBe(404);
    expect((await h.post('/api/admin/accounts/acc-teacherb/disable', {}, schoolA)).statusCode).toBe(404);
    expect((await h.get('/api/admin/devices?accountId=acc-teacherb', schoolA)).statusCode).toBe(404);
    expect((await h.post('/api/admin/accounts/bad%00id/disable', {}, schoolA)).statusCode).toBe(400);
    const teacher = await h.login('teacherb');
    const res = await h.get('/api/admin/accounts', teacher);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('admin_only');
  });
});
