/**
 * Issue 7.6 and 7.7 — a change the server refuses never jams a device and is
 * never lost; data leaves a device when it leaves the user's scope. The
 * scenario: the county moves a student to another school while school A's
 * device still holds the student (and the ID number) and edits them offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { by, hazard, identity, PATHS, person } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Checkpoint, type Harness } from '../helpers';
import type { WireDoc } from '../../../sync-server/src/replication/docs';

describe.each(STORAGE_KINDS)('a student transferred to another school (%s)', (kind) => {
  let h: Harness;
  let schoolA: string;
  let schoolB: string;
  let county: string;
  const before: Record<string, Checkpoint | null> = {};
  const stored = person('s-a1', 'student', PATHS.classA, 'sch-a', 'cls-a1');

  beforeAll(async () => {
    h = await createHarness(kind);
    schoolA = await h.login('schoola');
    schoolB = await h.login('schoolb');
    county = await h.login('county1');
    // School A's device has synced everything it may read.
    for (const c of ['people', 'identities', 'accounts', 'conflicts']) before[c] = (await h.pullSince(c, schoolA, null)).checkpoint;
    // A move changes reviewed facts (school, class): the record goes back to 录入.
    const review = { status: 'draft' as const, reason: '', by: 'acc-county1', at: stored.modifiedAt + 1 };
    const moved = by('county1', { ...stored, schoolId: 'sch-b', classId: 'cls-b1', orgPath: PATHS.classB, review }, stored);
    expect((await h.push('people', [row(moved, stored)], county)).body).toEqual({ conflicts: [], refused: [] });
  });
  afterAll(async () => h?.close());

  it('moves the student’s identity and own account along with them', async () => {
    const identities = await h.pullAll('identities', schoolB);
    expect(identities.find((d) => d.id === 's-a1')).toMatchObject({ orgPath: PATHS.classB, idNumber: '11010519491231002X' });
    const accounts = await h.pullAll('accounts', schoolB);
    expect(accounts.find((d) => d.id === 'acc-studenta1')).toMatchObject({ orgId: 'cls-b1', orgPath: PATHS.classB });
    // The student's own devices learn that their scope changed.
    const student = await h.login('studenta1');
    const pulled = await h.get('/api/sync/people/pull', student);
    expect(decodeURIComponent(String(pulled.headers['x-xiaoan-scope']))).toBe(`acc-studenta1|student|${PATHS.classB}|s-a1`);
  });

  it('tells school A’s devices to drop the student, the ID number included, at their next pull', async () => {
    const people = await h.pullSince('people', schoolA, before.people ?? null);
    const gone = people.documents.find((d) => d.id === 's-a1') as WireDoc;
    expect(gone).toMatchObject({ id: 's-a1', orgPath: PATHS.classA, _deleted: true, name: '', schoolId: '', classId: '' });
    const identities = await h.pullSince('identities', schoolA, before.identities ?? null);
    expect(identities.documents).toEqual([expect.objectContaining({ id: 's-a1', _deleted: true, idNumber: '', phone: '', studentNo: '' })]);
    expect(JSON.stringify(identities.documents)).not.toContain('11010519491231002X');
    const accounts = await h.pullSince('accounts', schoolA, before.accounts ?? null);
    expect(accounts.documents).toEqual([expect.objectContaining({ id: 'acc-studenta1', _deleted: true, displayName: '' })]);
    // A fresh device of school A never receives the student at all.
    expect((await h.pullAll('people', schoolA)).filter((d) => d.id === 's-a1' && !d._deleted)).toEqual([]);
  });

  it('refuses school A’s offline edit of the student on its own, keeps it as a record, and writes the rest of the batch', async () => {
    const offlineEdit = by('schoola', { ...stored, name: '改名' }, stored);
    const res = await h.push('people', [row(offlineEdit, stored)], schoolA);
    expect(res.refused).toEqual([{ id: 's-a1', code: 'out_of_scope', reason: '不能修改本单位管辖范围以外的数据', current: null }]);
    const identityEdit = by('schoola', { ...identity('s-a1', PATHS.classA), phone: '13911112222' }, identity('s-a1', PATHS.classA));
    const other = by('schoola', { ...identity('s-a2', PATHS.classA), phone: '13933334444' }, identity('s-a2', PATHS.classA));
    const batch = await h.push('identities', [row(identityEdit, identity('s-a1', PATHS.classA)), row(other, identity('s-a2', PATHS.classA))], schoolA);
    expect(batch.refused.map((r) => r.id)).toEqual(['s-a1']);
    expect((await h.pullAll('identities', schoolA)).find((d) => d.id === 's-a2')).toMatchObject({ phone: '13933334444' });
    // The same refusal again adds no second record.
    await h.push('people', [row(offlineEdit, stored)], schoolA);

    const records = (await h.pullSince('conflicts', schoolA, before.conflicts ?? null)).documents.filter((d) => d.kind === 'refused');
    const people = records.filter((r) => r.sourceCollection === 'people');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ docId: 's-a1', reason: 'out_of_scope', losingBy: 'acc-schoola', status: 'open', orgPath: PATHS.classA, winningValue: 'null' });
    expect(JSON.parse(String(people[0]?.losingValue))).toMatchObject({ name: '改名' });
    // The identity's record keeps the phone school A typed, not the child's ID number it may no longer hold.
    const identityRecord = records.find((r) => r.sourceCollection === 'identities' && r.docId === 's-a1');
    expect(JSON.parse(String(identityRecord?.losingValue))).toMatchObject({ phone: '13911112222' });
    expect(String(identityRecord?.losingValue)).not.toContain('11010519491231002X');
  });

  it('shows identity records only to those who may read identities (issue 7.8)', async () => {
    const safety = await h.login('safetya');
    const forSafety = await h.pullAll('conflicts', safety);
    expect(forSafety.filter((r) => r.sourceCollection === 'identities')).toEqual([]);
    expect(forSafety.some((r) => r.sourceCollection === 'people')).toBe(true);
    expect(JSON.stringify(forSafety)).not.toContain('13911112222');
    expect((await h.pullAll('conflicts', schoolA)).some((r) => r.sourceCollection === 'identities')).toBe(true);
  });

  it('lets a teacher see the refusals of its own writes, and no one else’s', async () => {
    const teacher = await h.login('teachera');
    const foreign = by('teachera', hazard('hz-foreign', PATHS.schoolB, 'sch-b'));
    await h.push('hazards', [row(foreign)], teacher);
    const own = await h.pullAll('conflicts', teacher);
    expect(own.map((r) => [r.docId, r.losingBy])).toEqual([['hz-foreign', 'acc-teachera']]);
  });
});
