/**
 * Issue 7.2 — the server derives placement and checks every reference
 * against the writer's scope: what a device says about where a document
 * belongs, or whom an account is for, is never taken on trust.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, activity, by, PATHS, person } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

describe.each(STORAGE_KINDS)('placement and references (%s)', (kind) => {
  let h: Harness;
  let schoolA: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    schoolA = await h.login('schoola');
  });
  afterAll(async () => h?.close());

  it('refuses an account in one’s own school for another school’s child, so that child’s identity stays out of reach', async () => {
    const hijack = by('schoola', account('acc-hijack', 'student', 'cls-a1', PATHS.classA, {
      personId: 's-b1',
      requestedUsername: 'hijack',
      initialPassword: 'Hijack-pass-7319',
    }));
    const res = await h.push('accounts', [row(hijack)], schoolA);
    expect(res.refused).toEqual([{ id: 'acc-hijack', code: 'invalid_person', reason: '账号对应的人员不在本单位', current: null }]);
    expect((await h.post('/api/auth/login', { username: 'hijack', password: 'Hijack-pass-7319' })).statusCode).toBe(401);
    // A teacher account for a teacher of another school, likewise.
    const teacher = by('schoola', account('acc-hijack-t', 'teacher', 'sch-a', PATHS.schoolA, { personId: 't-b', initialPassword: 'Hijack-pass-7319' }));
    expect((await h.push('accounts', [row(teacher)], schoolA)).refused.map((r) => r.code)).toEqual(['invalid_person']);
  });

  it('refuses widening an account’s scope by its path while keeping its unit', async () => {
    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-rooma');
    if (!stored) throw new Error('acc-rooma missing');
    const widened = by('schoola', { ...stored, orgPath: PATHS.township } as never, stored as never) as Record<string, unknown>;
    const res = await h.push('accounts', [row(widened, stored)], schoolA);
    expect(res.refused.map((r) => r.code)).toEqual(['out_of_scope']);
    const sneaky = by('schoola', { ...stored, orgPath: PATHS.schoolA } as never, stored as never) as Record<string, unknown>;
    expect((await h.push('accounts', [row(sneaky, stored)], schoolA)).refused.map((r) => r.code)).toEqual(['placement']);
    const town = await h.login('town1');
    expect((await h.pullAll('accounts', town)).find((a) => a.id === 'acc-rooma')).toMatchObject({ orgPath: PATHS.classA });
    // The classroom device still reads only its class.
    const room = await h.login('rooma');
    expect((await h.pullAll('people', room)).every((p) => p.orgPath === PATHS.classA)).toBe(true);
  });

  it('refuses a person placed under one unit while naming another', async () => {
    const inForeignClass = by('schoola', person('p-x', 'student', PATHS.classA, 'sch-a', 'cls-b1'));
    const pathElsewhere = by('schoola', person('p-y', 'student', PATHS.schoolA, 'sch-a', 'cls-a1'));
    const res = await h.push('people', [row(inForeignClass), row(pathElsewhere)], schoolA);
    expect(res.refused.map((r) => [r.id, r.code])).toEqual([
      ['p-x', 'invalid_class'],
      ['p-y', 'placement'],
    ]);
  });

  it('refuses an activity about a subject outside the writer’s scope or elsewhere than its path', async () => {
    const teacher = await h.login('teachera');
    const aboutOtherClass = by('teachera', activity('act-x', PATHS.classA, 'lesson_session', 'cls-b1'));
    const aboutNobody = by('teachera', activity('act-y', PATHS.classA, 'lesson_session', 'no-such-class'));
    const fine = by('teachera', activity('act-z', PATHS.classA, 'lesson_session', 'cls-a1'));
    const res = await h.push('activities', [row(aboutOtherClass), row(aboutNobody), row(fine)], teacher);
    expect(res.refused.map((r) => [r.id, r.code])).toEqual([
      ['act-x', 'placement'],
      ['act-y', 'invalid_subject'],
    ]);
    expect((await h.pullAll('activities', schoolA)).map((d) => d.id)).toContain('act-z');
  });

  it('refuses documents claiming someone else wrote them', async () => {
    const teacher = await h.login('teachera');
    const forged = { ...activity('act-forged', PATHS.classA), createdBy: 'acc-schoola', modifiedBy: 'acc-schoola' };
    expect((await h.push('activities', [row(forged)], teacher)).refused.map((r) => r.code)).toEqual(['authorship']);
  });

  // Issue 9.11 — a school's information administrator opens the school's safety
  // vice-principal (the other half of the school's pair of accounts), and
  // nothing more: not another school's, not an administrator, and an
  // account it opened cannot be turned into one.
  const leader = (id: string, orgId: string, orgPath: string, extra = {}) =>
    by('schoola', account(id, 'safety_leader', orgId, orgPath, { requestedUsername: id, initialPassword: 'Leader-pass-5172', ...extra }));

  it('opens its own school’s safety leader, who can then sign in', async () => {
    const res = await h.push('accounts', [row(leader('acc-leader-a', 'sch-a', PATHS.schoolA))], schoolA);
    expect(res.refused).toEqual([]);
    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-leader-a');
    expect(stored).toMatchObject({ role: 'safety_leader', status: 'active' });
    // And manages it like any account below it.
    expect((await h.post('/api/admin/accounts/acc-leader-a/reset-password', {}, schoolA)).statusCode).toBe(200);
  });

  it('refuses another school’s safety leader, a school administrator, and promoting the leader it opened', async () => {
    const elsewhere = await h.push('accounts', [row(leader('acc-leader-b', 'sch-b', PATHS.schoolB))], schoolA);
    expect(elsewhere.refused.map((r) => r.code)).toEqual(['out_of_scope']);
    const peer = by('schoola', account('acc-admin-a2', 'school_admin', 'sch-a', PATHS.schoolA, { initialPassword: 'Admin-pass-5172' }));
    expect((await h.push('accounts', [row(peer)], schoolA)).refused.map((r) => r.code)).toEqual(['role_too_high']);

    const stored = (await h.pullAll('accounts', schoolA)).find((a) => a.id === 'acc-leader-a');
    if (!stored) throw new Error('acc-leader-a missing');
    const promoted = by('schoola', { ...stored, role: 'school_admin' } as never, stored as never) as Record<string, unknown>;
    expect((await h.push('accounts', [row(promoted, stored)], schoolA)).refused.map((r) => r.code)).toEqual(['role_too_high']);
    // The school's existing administrator peers stay out of reach: another school admin's account.
    expect((await h.post('/api/admin/accounts/acc-schoolb/reset-password', {}, schoolA)).statusCode).toBe(404);
  });

  it('leaves the safety leader itself without any say over accounts', async () => {
    const safety = await h.login('safetya');
    const classroom = by('safetya', account('acc-room-x', 'classroom', 'sch-a', PATHS.schoolA, { initialPassword: 'Room-pass-5172' }));
    expect((await h.push('accounts', [row(classroom)], safety)).status).not.toBe(200);
  });
});
