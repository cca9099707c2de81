/**
 * Issue 7.1 — no oracle in push: a refused row is answered the same way
 * whether or not its content matches what is stored, so guessing a child's
 * ID number one push at a time learns nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { by, identity, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

/** The stored identity of s-a1 (see fixtures): the number the attacker is after. */
const SECRET = '11010519491231002X';

/** Valid GB 11643 numbers for a run of birth dates, the secret among them. */
function guesses(): string[] {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const check = (body: string) => '10X98765432'[[...body].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 11];
  const out: string[] = [];
  for (let day = 20; day <= 31; day++) {
    const body = `110105194912${String(day).padStart(2, '0')}002`;
    out.push(`${body}${check(body)}`);
  }
  expect(out).toContain(SECRET);
  return out;
}

describe.each(STORAGE_KINDS)('push oracle (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(async () => h?.close());

  it('answers another school’s administrator identically for right and wrong guesses', async () => {
    const attacker = await h.login('schoolb');
    const stored = identity('s-a1', PATHS.classA, SECRET);
    const answers = new Set<string>();
    for (const guess of guesses()) {
      // The exact stored document when the guess is right: the old server acknowledged it as a replay.
      const attempt = { ...stored, idNumber: guess };
      for (const rows of [[row(attempt)], [row(by('schoolb', attempt, stored), stored)]]) {
        const res = await h.push('identities', rows, attacker);
        answers.add(JSON.stringify([res.status, res.body]));
      }
    }
    expect([...answers]).toEqual([
      JSON.stringify([200, { conflicts: [], refused: [{ id: 's-a1', code: 'out_of_scope', reason: '不能修改本单位管辖范围以外的数据', current: null }] }]),
    ]);
    // And nothing changed.
    const schoolA = await h.login('schoola');
    expect((await h.pullAll('identities', schoolA)).find((d) => d.id === 's-a1')).toMatchObject({ idNumber: SECRET });
  });

  it('answers a teacher, who may not write identities, identically too', async () => {
    const teacher = await h.login('teachera');
    const stored = identity('s-a1', PATHS.classA, SECRET);
    const answers = new Set<string>();
    for (const guess of guesses()) {
      const res = await h.post('/api/sync/identities/push', [row({ ...stored, idNumber: guess })], teacher);
      answers.add(JSON.stringify([res.statusCode, res.json()]));
    }
    expect([...answers]).toEqual([JSON.stringify([403, { code: 'forbidden_collection', message: '当前角色不能修改这类数据' }])]);
  });

  it('answers a document that exists elsewhere like one that exists nowhere when its reference is refused', async () => {
    const admin = await h.login('schoola');
    const account = (personId: string) =>
      by('schoola', {
        id: `acc-probe-${personId}`,
        orgPath: PATHS.classA,
        createdAt: 1,
        createdBy: '',
        modifiedAt: 1,
        modifiedBy: '',
        role: 'student',
        orgId: 'cls-a1',
        personId,
        displayName: '探测',
        requestedUsername: '',
        username: '',
        status: 'pending',
        mustChangePassword: true,
        initialPassword: '',
        disabledAt: 0,
        _deleted: false,
      });
    const existing = await h.push('accounts', [row(account('s-b1'))], admin);
    const missing = await h.push('accounts', [row(account('no-such-person'))], admin);
    const strip = (r: typeof existing) => r.refused.map(({ code, reason, current }) => ({ code, reason, current }));
    expect(strip(existing)).toEqual(strip(missing));
    expect(strip(existing)).toEqual([{ code: 'invalid_person', reason: '账号对应的人员不在本单位', current: null }]);
  });
});
