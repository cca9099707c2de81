import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, activity, by, hazard, identity, inspection, org, PATHS, person, userId } from './fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from './helpers';

describe.each(STORAGE_KINDS)('replication (%s)', (kind) => {
  let h: Harness;
  let schoolA: string;
  let teacherA: string;
  let teacherB: string;
  let county: string;
  let student: string;

  beforeAll(async () => {
    h = await createHarness(kind);
    schoolA = await h.login('schoola');
    teacherA = await h.login('teachera');
    teacherB = await h.login('teacherb');
    county = await h.login('county1');
    student = await h.login('studenta1');
  });
  afterAll(async () => h?.close());

  const ids = (docs: { id: string }[]) => docs.map((d) => d.id);

  it('lists the collections each role replicates, with schema versions and whether it writes them', async () => {
    const names = async (token: string) =>
      ((await h.get('/api/sync/collections', token)).json().collections as { name: string }[]).map((c) => c.name);
    expect(await names(schoolA)).toEqual([
      'orgs', 'people', 'identities', 'accounts', 'content', 'activities', 'inspections', 'hazards', 'accidents', 'conflicts', 'audit',
    ]);
    expect(await names(teacherA)).toEqual(['orgs', 'people', 'identities', 'content', 'activities', 'inspections', 'hazards', 'conflicts']);
    expect(await names(student)).toEqual(['orgs', 'people', 'content', 'activities']);
    const collections = (await h.get('/api/sync/collections', teacherA)).json().collections;
    expect(collections[0]).toEqual({ name: 'orgs', schemaVersion: 0, writable: false });
    expect(collections.find((c: { name: string }) => c.name === 'hazards')).toEqual({ name: 'hazards', schemaVersion: 1, writable: true });
    const refused = await h.get('/api/sync/accounts/pull', teacherA);
    expect(refused.statusCode).toBe(403);
    expect((await h.get('/api/sync/nope/pull', teacherA)).statusCode).toBe(404);
  });

  it('pushes new documents and pulls them back with _deleted and a checkpoint', async () => {
    const doc = by('teachera', hazard('hz-1', PATHS.schoolA));
    const res = await h.push('hazards', [row(doc)], teacherA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ conflicts: [], refused: [] });
    const body = (await h.get('/api/sync/hazards/pull?limit=10', schoolA)).json();
    expect(body.documents).toEqual([doc]);
    expect(body.checkpoint).toEqual({ updatedAt: expect.any(Number), id: 'hz-1' });
    const again = await h.get(`/api/sync/hazards/pull?limit=10&checkpoint=${encodeURIComponent(JSON.stringify(body.checkpoint))}`, schoolA);
    expect(again.json()).toEqual({ documents: [], checkpoint: body.checkpoint });
  });

  it('never loses documents that share a server timestamp (checkpoint ties)', async () => {
    const docs = Array.from({ length: 53 }, (_, i) => by('schoola', activity(`tie-${String(i).padStart(3, '0')}`, PATHS.classA)));
    expect((await h.push('activities', docs.map((d) => row(d)), schoolA)).body).toEqual({ conflicts: [], refused: [] });
    const pages: string[][] = [];
    let checkpoint: { updatedAt: number; id: string } | null = null;
    for (;;) {
      const q = new URLSearchParams({ limit: '7' });
      if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
      const page = (await h.get(`/api/sync/activities/pull?${q}`, schoolA)).json();
      pages.push(ids(page.documents));
      checkpoint = page.checkpoint;
      if (page.documents.length < 7) break;
    }
    expect(pages.flat().filter((id) => id.startsWith('tie-'))).toEqual(ids(docs));
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
  });

  it('acknowledges a replayed push without a conflict or a new write', async () => {
    const first = by('teachera', hazard('hz-replay', PATHS.schoolA));
    await h.push('hazards', [row(first)], teacherA);
    const edited = act('teachera', first, { kind: 'start', at: first.foundAt + 1 });
    expect((await h.push('hazards', [row(edited, first)], teacherA)).body).toEqual({ conflicts: [], refused: [] });
    const before = (await h.get('/api/sync/hazards/pull?limit=1000', schoolA)).json().checkpoint;
    // The same batch again (the client never saw the answer): acknowledged.
    expect((await h.push('hazards', [row(edited, first)], teacherA)).body).toEqual({ conflicts: [], refused: [] });
    expect((await h.pullSince('hazards', schoolA, before)).documents).toEqual([]);
  });

  it('returns the master state on a conflict and keeps it', async () => {
    const original = by('teachera', hazard('hz-conflict', PATHS.schoolA));
    await h.push('hazards', [row(original)], teacherA);
    const fromAdmin = act('schoola', original, { kind: 'start', at: original.foundAt + 1 });
    expect((await h.push('hazards', [row(fromAdmin, original)], schoolA)).body).toEqual({ conflicts: [], refused: [] });
    const fromTeacher = by('teachera', { ...original, description: '灭火器缺失' }, original);
    expect((await h.push('hazards', [row(fromTeacher, original)], teacherA)).conflicts).toEqual([fromAdmin]);
    // A push that assumes nothing about an existing document conflicts too.
    expect((await h.push('hazards', [row(fromTeacher)], teacherA)).conflicts).toEqual([fromAdmin]);
    expect((await h.pullAll('hazards', schoolA)).find((d) => d.id === 'hz-conflict')).toEqual(fromAdmin);
  });

  it('writes the allowed rows of a batch and answers each refused row with its reason', async () => {
    const good1 = by('teachera', hazard('hz-batch-1', PATHS.schoolA));
    const good2 = by('teachera', hazard('hz-batch-2', PATHS.schoolA));
    const foreign = by('teachera', hazard('hz-batch-3', PATHS.schoolB, 'sch-b'));
    const res = await h.push('hazards', [row(good1), row(foreign), row(good2)], teacherA);
    expect(res.status).toBe(200);
    expect(res.conflicts).toEqual([]);
    expect(res.refused).toEqual([
      { id: 'hz-batch-3', code: 'out_of_scope', reason: '不能修改本单位管辖范围以外的数据', current: null },
    ]);
    const logged = h.logs.map((l) => JSON.parse(l) as { msg: string; code?: string; userId?: string; docId?: string });
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: 'push row refused', code: 'out_of_scope', userId: userId('teachera'), docId: 'hz-batch-3' }),
    );
    expect(ids(await h.pullAll('hazards', county)).filter((id) => id.startsWith('hz-batch'))).toEqual(['hz-batch-1', 'hz-batch-2']);
  });

  it('refuses an invalid row (unknown field) on its own and a malformed request whole', async () => {
    const good = by('teachera', hazard('hz-valid', PATHS.schoolA));
    const bad = { ...by('teachera', hazard('hz-invalid', PATHS.schoolA)), secret: 'x' };
    const res = await h.push('hazards', [row(good), row(bad)], teacherA);
    expect(res.refused).toEqual([expect.objectContaining({ id: 'hz-invalid', code: 'invalid_document' })]);
    expect(res.refused[0]?.reason).toContain('未知字段 secret');
    expect(ids(await h.pullAll('hazards', county))).toContain('hz-valid');
    expect((await h.post('/api/sync/hazards/push', { not: 'an array' }, teacherA)).statusCode).toBe(400);
    expect((await h.post('/api/sync/hazards/push', [{ newDocumentState: { id: '../x' } }], teacherA)).statusCode).toBe(400);
    expect((await h.post('/api/sync/hazards/push', [row(good), row(good)], teacherA)).statusCode).toBe(400);
  });

  it('turns away a role that may not write a collection, and students writing for others', async () => {
    const res = await h.post('/api/sync/people/push', [row(person('p-new', 'student', PATHS.classA, 'sch-a', 'cls-a1'))], teacherA);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden_collection');
    const own = by('studenta1', activity('act-own', PATHS.classA, 'completion', 's-a1'));
    expect((await h.push('activities', [row(own)], student)).body).toEqual({ conflicts: [], refused: [] });
    const forOther = by('studenta1', activity('act-other', PATHS.classA, 'completion', 's-a2'));
    expect((await h.push('activities', [row(forOther)], student)).refused).toEqual([expect.objectContaining({ code: 'out_of_scope' })]);
    expect(ids(await h.pullAll('activities', student))).toEqual(['act-own']);
  });

  it('never returns another school’s documents', async () => {
    await h.push('hazards', [row(by('teacherb', hazard('hz-b-only', PATHS.schoolB, 'sch-b')))], teacherB);
    for (const collection of ['orgs', 'people', 'hazards', 'activities']) {
      const docs = await h.pullAll(collection, teacherA, 2);
      expect(docs.length, collection).toBeGreaterThan(0);
      for (const d of docs) expect(d.orgPath.startsWith(PATHS.schoolB), `${collection} ${d.id}`).toBe(false);
    }
    expect(ids(await h.pullAll('orgs', teacherA)).sort()).toEqual(['41', '4115', '411502', '411502001', 'cls-a1', 'sch-a']);
    expect(ids(await h.pullAll('hazards', teacherB))).toEqual(['hz-b-only']);
  });

  it('gives a teacher only its own identity record, and no way to write identities', async () => {
    const docs = await h.pullAll('identities', teacherA);
    expect(ids(docs)).toEqual(['t-a']);
    expect(ids(await h.pullAll('identities', schoolA)).sort()).toEqual(['s-a1', 's-a2', 't-a']);
    const res = await h.post('/api/sync/identities/push', [row(identity('t-a', PATHS.schoolA, ''), docs[0])], teacherA);
    expect(res.statusCode).toBe(403);
  });

  it('gives a student only itself and the units and content above it', async () => {
    expect(ids(await h.pullAll('people', student))).toEqual(['s-a1']);
    expect(ids(await h.pullAll('orgs', student)).sort()).toEqual(['41', '4115', '411502', '411502001', 'cls-a1', 'sch-a']);
  });

  it('keeps deletions as tombstones', async () => {
    // A discarded inspection draft (hazards themselves are never deleted).
    const doc = by('teachera', { ...inspection('insp-deleted', PATHS.schoolA), status: 'draft' as const, completedAt: 0 });
    await h.push('inspections', [row(doc)], teacherA);
    const tombstone = { ...by('teachera', doc, doc), _deleted: true };
    expect((await h.push('inspections', [row(tombstone, doc)], teacherA)).body).toEqual({ conflicts: [], refused: [] });
    expect((await h.pullAll('inspections', schoolA)).find((d) => d.id === 'insp-deleted')).toEqual(tombstone);
  });

  it('lets administrators create units one level down only', async () => {
    const klass = by('schoola', org('cls-a2', 'class', `${PATHS.schoolA}cls-a2/`, 'sch-a'));
    expect((await h.push('orgs', [row(klass)], schoolA)).body).toEqual({ conflicts: [], refused: [] });
    const school = by('county1', org('sch-c', 'school', `${PATHS.township}sch-c/`, '411502001'));
    expect((await h.push('orgs', [row(school)], county)).refused).toEqual([expect.objectContaining({ code: 'org_level' })]);
    const town1 = await h.login('town1');
    // A new school and a class under it in one batch, the class listed first.
    const schoolByTown = by('town1', school);
    const klassC = by('town1', org('cls-c1', 'class', `${PATHS.township}sch-c/cls-c1/`, 'sch-c'));
    expect((await h.push('orgs', [row(klassC), row(schoolByTown)], town1)).body).toEqual({ conflicts: [], refused: [] });
  });

  it('rejects bad checkpoints and limits with 400', async () => {
    expect((await h.get('/api/sync/orgs/pull?checkpoint=%7Bbad', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?checkpoint=%7B%22updatedAt%22%3A%22x%22%7D', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?limit=0', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?limit=10001', schoolA)).statusCode).toBe(400);
  });
});
