import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, hazard, identity, org, PATHS, person } from './fixtures';
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

  it('lists the collections each role replicates, with schema versions', async () => {
    const names = async (token: string) =>
      ((await h.get('/api/sync/collections', token)).json().collections as { name: string; schemaVersion: number }[]).map((c) => c.name);
    expect(await names(schoolA)).toEqual([
      'orgs', 'people', 'identities', 'accounts', 'content', 'activities', 'inspections', 'hazards', 'conflicts', 'audit',
    ]);
    expect(await names(teacherA)).toEqual(['orgs', 'people', 'identities', 'content', 'activities', 'inspections', 'hazards']);
    expect(await names(student)).toEqual(['orgs', 'people', 'content', 'activities']);
    const first = (await h.get('/api/sync/collections', teacherA)).json().collections[0];
    expect(first).toEqual({ name: 'orgs', schemaVersion: 0 });
    const refused = await h.get('/api/sync/accounts/pull', teacherA);
    expect(refused.statusCode).toBe(403);
    expect((await h.get('/api/sync/nope/pull', teacherA)).statusCode).toBe(404);
  });

  it('pushes new documents and pulls them back with _deleted and a checkpoint', async () => {
    const doc = hazard('hz-1', PATHS.schoolA);
    const res = await h.post('/api/sync/hazards/push', [row(doc)], teacherA);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
    const pulled = await h.get('/api/sync/hazards/pull?limit=10', schoolA);
    const body = pulled.json();
    expect(body.documents).toEqual([doc]);
    expect(body.checkpoint).toEqual({ updatedAt: expect.any(Number), id: 'hz-1' });
    const again = await h.get(`/api/sync/hazards/pull?limit=10&checkpoint=${encodeURIComponent(JSON.stringify(body.checkpoint))}`, schoolA);
    expect(again.json()).toEqual({ documents: [], checkpoint: body.checkpoint });
  });

  it('never loses documents that share a server timestamp (checkpoint ties)', async () => {
    const docs = Array.from({ length: 53 }, (_, i) => activity(`tie-${String(i).padStart(3, '0')}`, PATHS.classA));
    expect((await h.post('/api/sync/activities/push', docs.map((d) => row(d)), schoolA)).json()).toEqual([]);
    const pages: string[][] = [];
    let checkpoint: { updatedAt: number; id: string } | null = null;
    for (;;) {
      const q = new URLSearchParams({ limit: '7' });
      if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
      const page = (await h.get(`/api/sync/activities/pull?${q}`, schoolA)).json();
      pages.push(page.documents.map((d: { id: string }) => d.id));
      checkpoint = page.checkpoint;
      if (page.documents.length < 7) break;
    }
    const ids = pages.flat().filter((id) => id.startsWith('tie-'));
    expect(ids).toEqual(docs.map((d) => d.id));
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(new Set(checkpoint ? [checkpoint.updatedAt] : []).size).toBe(1);
  });

  it('acknowledges a replayed push without a conflict or a new write', async () => {
    const first = hazard('hz-replay', PATHS.schoolA);
    await h.post('/api/sync/hazards/push', [row(first)], teacherA);
    const edited = { ...first, status: 'rectifying' as const };
    expect((await h.post('/api/sync/hazards/push', [row(edited, first)], teacherA)).json()).toEqual([]);
    const before = (await h.get('/api/sync/hazards/pull?limit=1000', schoolA)).json().checkpoint;
    // The same batch again (the client never saw the answer): acknowledged.
    const replay = await h.post('/api/sync/hazards/push', [row(edited, first)], teacherA);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual([]);
    const after = await h.get(`/api/sync/hazards/pull?checkpoint=${encodeURIComponent(JSON.stringify(before))}`, schoolA);
    expect(after.json().documents).toEqual([]);
  });

  it('returns the master state on a conflict and keeps it', async () => {
    const base = hazard('hz-conflict', PATHS.schoolA);
    await h.post('/api/sync/hazards/push', [row(base)], teacherA);
    const fromAdmin = { ...base, level: 'major' as const, modifiedBy: 'admin' };
    expect((await h.post('/api/sync/hazards/push', [row(fromAdmin, base)], schoolA)).json()).toEqual([]);
    const fromTeacher = { ...base, description: '灭火器缺失', modifiedBy: 'teacher' };
    const conflicts = (await h.post('/api/sync/hazards/push', [row(fromTeacher, base)], teacherA)).json();
    expect(conflicts).toEqual([fromAdmin]);
    // A push that assumes nothing about an existing document conflicts too.
    expect((await h.post('/api/sync/hazards/push', [row(fromTeacher)], teacherA)).json()).toEqual([fromAdmin]);
    const stored = (await h.pullAll('hazards', schoolA)).find((d) => d.id === 'hz-conflict');
    expect(stored).toEqual(fromAdmin);
  });

  it('refuses a batch with one document outside the scope and writes nothing of it', async () => {
    const good1 = hazard('hz-batch-1', PATHS.schoolA);
    const good2 = hazard('hz-batch-2', PATHS.schoolA);
    const foreign = hazard('hz-batch-3', PATHS.schoolB, 'sch-b');
    const res = await h.post('/api/sync/hazards/push', [row(good1), row(foreign), row(good2)], teacherA);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('out_of_scope');
    expect(res.json().message).toContain('hz-batch-3');
    expect(res.json().message).toMatch(/本批次未保存/);
    const logged = h.logs.map((l) => JSON.parse(l) as { msg: string; code?: string; userId?: string });
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'push refused', code: 'out_of_scope', userId: 'acc-teachera' }));
    const ids = (await h.pullAll('hazards', county)).map((d) => d.id);
    expect(ids.filter((id) => id.startsWith('hz-batch'))).toEqual([]);
  });

  it('refuses a batch with an invalid document (unknown field) and writes nothing of it', async () => {
    const good = hazard('hz-valid', PATHS.schoolA);
    const bad = { ...hazard('hz-invalid', PATHS.schoolA), secret: 'x' };
    const res = await h.post('/api/sync/hazards/push', [row(good), row(bad)], teacherA);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('未知字段 secret');
    const missing = { ...hazard('hz-missing', PATHS.schoolA) } as Record<string, unknown>;
    delete missing._deleted;
    expect((await h.post('/api/sync/hazards/push', [row(missing)], teacherA)).statusCode).toBe(400);
    expect((await h.post('/api/sync/hazards/push', { not: 'an array' }, teacherA)).statusCode).toBe(400);
    expect((await h.pullAll('hazards', county)).map((d) => d.id)).not.toContain('hz-valid');
  });

  it('refuses roster writes by teachers and students writing for others', async () => {
    const res = await h.post('/api/sync/people/push', [row(person('p-new', 'student', PATHS.classA, 'sch-a', 'cls-a1'))], teacherA);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden_collection');
    const own = activity('act-own', PATHS.classA, 'completion', 's-a1');
    expect((await h.post('/api/sync/activities/push', [row(own)], student)).json()).toEqual([]);
    const forOther = activity('act-other', PATHS.classA, 'completion', 's-a2');
    expect((await h.post('/api/sync/activities/push', [row(forOther)], student)).statusCode).toBe(403);
    const pulled = await h.pullAll('activities', student);
    expect(pulled.map((d) => d.id)).toEqual(['act-own']);
  });

  it('never returns another school’s documents', async () => {
    await h.post('/api/sync/hazards/push', [row(hazard('hz-b-only', PATHS.schoolB, 'sch-b'))], teacherB);
    for (const collection of ['orgs', 'people', 'hazards', 'activities']) {
      const docs = await h.pullAll(collection, teacherA, 2);
      expect(docs.length, collection).toBeGreaterThan(0);
      for (const d of docs) {
        expect(d.orgPath.startsWith(PATHS.schoolB), `${collection} ${d.id}`).toBe(false);
      }
    }
    const orgs = (await h.pullAll('orgs', teacherA)).map((d) => d.id).sort();
    expect(orgs).toEqual(['41', '4115', '411502', '411502001', 'cls-a1', 'sch-a']);
    expect((await h.pullAll('hazards', teacherB)).map((d) => d.id)).toEqual(['hz-b-only']);
  });

  it('gives a teacher only its own identity record', async () => {
    const docs = await h.pullAll('identities', teacherA);
    expect(docs.map((d) => d.id)).toEqual(['t-a']);
    const admin = (await h.pullAll('identities', schoolA)).map((d) => d.id).sort();
    expect(admin).toEqual(['s-a1', 's-a2', 't-a']);
    // A teacher cannot write identities either, not even its own.
    const res = await h.post('/api/sync/identities/push', [row(identity('t-a', PATHS.schoolA, ''), docs[0])], teacherA);
    expect(res.statusCode).toBe(403);
  });

  it('gives a student only itself and the units and content above it', async () => {
    expect((await h.pullAll('people', student)).map((d) => d.id)).toEqual(['s-a1']);
    const orgs = (await h.pullAll('orgs', student)).map((d) => d.id).sort();
    expect(orgs).toEqual(['41', '4115', '411502', '411502001', 'cls-a1', 'sch-a']);
  });

  it('keeps deletions as tombstones', async () => {
    const doc = hazard('hz-deleted', PATHS.schoolA);
    await h.post('/api/sync/hazards/push', [row(doc)], teacherA);
    const tombstone = { ...doc, _deleted: true };
    expect((await h.post('/api/sync/hazards/push', [row(tombstone, doc)], teacherA)).json()).toEqual([]);
    const stored = (await h.pullAll('hazards', schoolA)).find((d) => d.id === 'hz-deleted');
    expect(stored).toEqual(tombstone);
  });

  it('lets administrators create units one level down only', async () => {
    const klass = org('cls-a2', 'class', `${PATHS.schoolA}cls-a2/`, 'sch-a');
    expect((await h.post('/api/sync/orgs/push', [row(klass)], schoolA)).json()).toEqual([]);
    const school = org('sch-c', 'school', `${PATHS.township}sch-c/`, '411502001');
    const refused = await h.post('/api/sync/orgs/push', [row(school)], county);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('org_level');
    const town1 = await h.login('town1');
    // The new school and a class under it in one batch.
    const klassC = org('cls-c1', 'class', `${PATHS.township}sch-c/cls-c1/`, 'sch-c');
    expect((await h.post('/api/sync/orgs/push', [row(school), row(klassC)], town1)).json()).toEqual([]);
  });

  it('rejects bad checkpoints and limits with 400', async () => {
    expect((await h.get('/api/sync/orgs/pull?checkpoint=%7Bbad', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?checkpoint=%7B%22updatedAt%22%3A%22x%22%7D', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?limit=0', schoolA)).statusCode).toBe(400);
    expect((await h.get('/api/sync/orgs/pull?limit=10001', schoolA)).statusCode).toBe(400);
  });
});
