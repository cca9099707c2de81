import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadScope } from '@/domain/auth/permissions';
import { MIGRATIONS } from '../../sync-server/src/storage/migrations';
import type { Storage } from '../../sync-server/src/storage/types';
import { createTestStorage, STORAGE_KINDS, type TestStorage } from './helpers';

const SCOPE_ALL: ReadScope = { prefixes: ['/'], exactPaths: [], ids: [], subjectIds: [] };

function write(storage: Storage, ids: string[], orgPath = '/41/') {
  return storage.transaction((tx) =>
    tx.putDocs(
      'orgs',
      ids.map((id) => ({ id, orgPath, subjectId: '', deleted: false, data: JSON.stringify({ id, orgPath }) })),
    ),
  );
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
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1]);
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
        await tx.putDocs('orgs', [{ id: 'rolled-back', orgPath: '/41/', subjectId: '', deleted: false, data: '{"id":"rolled-back"}' }]);
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

  it('answers scope queries by prefix, exact path, id and subject', async () => {
    await t.storage.transaction((tx) =>
      tx.putDocs('activities', [
        { id: 'x1', orgPath: '/41/4115/a/', subjectId: '', deleted: false, data: '{"id":"x1"}' },
        { id: 'x2', orgPath: '/41/41150/', subjectId: '', deleted: false, data: '{"id":"x2"}' },
        { id: 'x3', orgPath: '/41/', subjectId: '', deleted: false, data: '{"id":"x3"}' },
        { id: 'x4', orgPath: '/42/', subjectId: 's-9', deleted: true, data: '{"id":"x4"}' },
        { id: 'x5', orgPath: '/42/', subjectId: '', deleted: false, data: '{"id":"x5"}' },
      ]),
    );
    const ids = async (scope: Partial<ReadScope>) =>
      (await t.storage.pull('activities', { ...SCOPE_ALL, prefixes: [], ...scope }, null, 100)).map((r) => r.id);
    expect(await ids({ prefixes: ['/41/4115/'] })).toEqual(['x1']);
    expect(await ids({ exactPaths: ['/41/'] })).toEqual(['x3']);
    expect(await ids({ ids: ['x5'] })).toEqual(['x5']);
    expect(await ids({ subjectIds: ['s-9'] })).toEqual(['x4']);
    expect(await ids({})).toEqual([]);
    const [tomb] = await t.storage.getDocs('activities', ['x4']);
    expect(tomb?.deleted).toBe(true);
  });
});
