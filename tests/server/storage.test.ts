import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadScope } from '@/domain/auth/permissions';
import { MIGRATIONS } from '../../sync-server/src/storage/migrations';
import type { Storage } from '../../sync-server/src/storage/types';
import { createTestStorage, STORAGE_KINDS, type TestStorage } from './helpers';

const SCOPE_ALL: ReadScope = { prefixes: ['/'], exactPaths: [], ids: [], subjectIds: [] };

async function write(storage: Storage, ids: string[], orgPath = '/41/'): Promise<number> {
  const { at } = await storage.transaction((tx) =>
    tx.putDocs(
      'orgs',
      ids.map((id) => ({ id, orgPath, subjectId: '', tag: '', deleted: false, data: JSON.stringify({ id, orgPath }) })),
    ),
  );
  return at;
}

describe.each(STORAGE_KINDS)('storage (%s)', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await createTestStorage(kind);
  });
  afterAll(async () => t?.cleanup());

  it('applies migrations once and records them', async () => {
    const again = await t.reopen();
    expect(await again.getMeta('nothing')).toBeUndefined();
    await again.close();
    // Versions are allotted per branch of work (hazards 3, scale 4–7, …): unique, and this branch's are there.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual(expect.arrayContaining([1, 2, 3, 4]));
  });

  it('hands out a strictly increasing clock, one value per transaction, across restarts', async () => {
    const a = await write(t.storage, ['c1', 'c2']);
    const b = await write(t.storage, ['c3']);
    expect(b).toBeGreaterThan(a);
    const rows = await t.storage.getDocs('orgs', ['c1', 'c2']);
    expect(rows.map((r) => r.updatedAt)).toEqual([a, a]);
    const restarted = await t.reopen();
    const c = await write(restarted, ['c4']);
    expect(c).toBeGreaterThan(b);
    await restarted.close();
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      t.storage.transaction(async (tx) => {
        await tx.putDocs('orgs', [{ id: 'rolled-back', orgPath: '/41/', subjectId: '', tag: '', deleted: false, data: '{"id":"rolled-back"}' }]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await t.storage.getDocs('orgs', ['rolled-back'])).toEqual([]);
  });

  it('loses nothing to a reader following checkpoints while writers race', async () => {
    // PostgreSQL: a second pool, as a second server process would have.
    // SQLite is one process per data directory: its writers share a queue.
    const second = kind === 'postgres' ? await t.reopen() : t.storage;
    const seen = new Set<string>();
    let checkpoint: { updatedAt: number; id: string } | null = null;
    let writing = true;
    const reader = (async () => {
      for (;;) {
        const done = !writing;
        const rows = await t.storage.pull('orgs', SCOPE_ALL, checkpoint, 50);
        for (const r of rows) seen.add(r.id);
        const last = rows[rows.length - 1];
        if (last) checkpoint = { updatedAt: last.updatedAt, id: last.id };
        if (done && rows.length < 50) return;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const writers = Array.from({ length: 40 }, (_, i) =>
      write(i % 2 ? second : t.storage, Array.from({ length: 5 }, (_, j) => `race-${String(i).padStart(2, '0')}-${j}`)),
    );
    await Promise.all(writers).finally(() => {
      writing = false;
    });
    await reader;
    if (second !== t.storage) await second.close();
    for (let i = 0; i < 40; i++) for (let j = 0; j < 5; j++) expect(seen.has(`race-${String(i).padStart(2, '0')}-${j}`)).toBe(true);
  });

  it('answers scope queries by prefix, exact path, id, subject and tag', async () => {
    const doc = (id: string, orgPath: string, subjectId = '', tag = '', deleted = false) =>
      ({ id, orgPath, subjectId, tag, deleted, data: JSON.stringify({ id }) });
    await t.storage.transaction((tx) =>
      tx.putDocs('activities', [
        doc('x1', '/41/4115/a/'),
        doc('x2', '/41/41150/'),
        doc('x3', '/41/'),
        doc('x4', '/42/', 's-9', '', true),
        doc('x5', '/42/'),
        doc('x6', '/41/4115/a/', '', 'identities'),
      ]),
    );
    const ids = async (scope: Partial<ReadScope>) =>
      (await t.storage.pull('activities', { ...SCOPE_ALL, prefixes: [], ...scope }, null, 100)).map((r) => r.id);
    expect(await ids({ prefixes: ['/41/4115/'] })).toEqual(['x1', 'x6']);
    expect(await ids({ prefixes: ['/41/4115/'], tags: ['', 'people'] })).toEqual(['x1']);
    expect(await ids({ prefixes: ['/41/4115/'], tags: [] })).toEqual([]);
    expect(await ids({ exactPaths: ['/41/'] })).toEqual(['x3']);
    expect(await ids({ ids: ['x5'] })).toEqual(['x5']);
    expect(await ids({ subjectIds: ['s-9'] })).toEqual(['x4']);
    expect(await ids({})).toEqual([]);
    const [tomb] = await t.storage.getDocs('activities', ['x4']);
    expect(tomb?.deleted).toBe(true);
  });
});

describe.each(STORAGE_KINDS)('departures (%s)', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await createTestStorage(kind);
  });
  afterAll(async () => t?.cleanup());

  const put = (orgPath: string) =>
    t.storage.transaction((tx) => tx.putDocs('people', [{ id: 'mover', orgPath, subjectId: '', tag: '', deleted: false, data: JSON.stringify({ id: 'mover', orgPath }) }]));
  const pulled = async (prefix: string) =>
    (await t.storage.pull('people', { ...SCOPE_ALL, prefixes: [prefix] }, null, 100)).map((r) => ({ id: r.id, orgPath: r.orgPath, departed: r.departed, deleted: r.deleted }));

  it('tells the old place a document left, and only while it stays out of sight', async () => {
    await put('/a/school1/');
    expect((await put('/a/school2/')).departures).toEqual([{ id: 'mover', orgPath: '/a/school1/', subjectId: '', tag: '' }]);
    expect(await pulled('/a/school1/')).toEqual([{ id: 'mover', orgPath: '/a/school1/', departed: true, deleted: true }]);
    expect(await pulled('/a/school2/')).toEqual([{ id: 'mover', orgPath: '/a/school2/', departed: false, deleted: false }]);
    // A reader who sees both places gets the document once, never a departure.
    expect(await pulled('/a/')).toEqual([{ id: 'mover', orgPath: '/a/school2/', departed: false, deleted: false }]);
    // Back home: the old place sees the document again, not its departure.
    await put('/a/school1/');
    expect(await pulled('/a/school1/')).toEqual([{ id: 'mover', orgPath: '/a/school1/', departed: false, deleted: false }]);
    expect(await pulled('/a/school2/')).toEqual([{ id: 'mover', orgPath: '/a/school2/', departed: true, deleted: true }]);
  });
});
