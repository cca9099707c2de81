/**
 * Pulls within a county read branch by branch (issue 13.2): the same
 * documents, in the same checkpoint order, as a walk of the whole
 * collection — including departures and documents published above.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadScope } from '@/domain/auth/readScope';
import { branchOf, scopeByBranch } from '../../sync-server/src/storage/sql/scopeSql';
import type { Checkpoint, DocRow, Storage } from '../../sync-server/src/storage/types';
import { createTestStorage, STORAGE_KINDS, type TestStorage } from './helpers';

const COUNTY = '/41/4115/411502/';
const OTHER = '/41/4115/411503/';
const doc = (id: string, orgPath: string) => ({ id, orgPath, subjectId: '', tag: '', deleted: false, data: JSON.stringify({ id, orgPath }) });
const scope = (s: Partial<ReadScope>): ReadScope => ({ prefixes: [], exactPaths: [], ids: [], subjectIds: [], ...s });

async function pullAll(storage: Storage, s: ReadScope, limit: number): Promise<DocRow[]> {
  const out: DocRow[] = [];
  let checkpoint: Checkpoint | null = null;
  for (;;) {
    const rows = await storage.pull('people', s, checkpoint, limit);
    out.push(...rows);
    const last = rows[rows.length - 1];
    if (!last) return out;
    checkpoint = { updatedAt: last.updatedAt, id: last.id };
  }
}

describe('branch of an org path', () => {
  it('cuts paths below county depth and keeps shallower ones whole', () => {
    expect(branchOf('/41/4115/411502/411502001/sch-a/cls-1/')).toBe(COUNTY);
    expect(branchOf(COUNTY)).toBe(COUNTY);
    expect(branchOf('/41/4115/')).toBe('/41/4115/');
    expect(scopeByBranch(scope({ prefixes: ['/41/4115/'] }))).toBeUndefined();
    expect(scopeByBranch(scope({ prefixes: [COUNTY], ids: ['x'] }))).toBeUndefined();
    expect([...(scopeByBranch(scope({ prefixes: [`${COUNTY}t/`], exactPaths: ['/41/', COUNTY] })) ?? new Map()).keys()]).toEqual([COUNTY, '/41/']);
  });
});

describe.each(STORAGE_KINDS)('pull within a county (%s)', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await createTestStorage(kind);
    // Interleaved writes of two counties and the province, one transaction each.
    for (let i = 0; i < 12; i++) {
      const path = [`${COUNTY}t${i % 3}/`, `${OTHER}t/`, '/41/', '/41/4115/'][i % 4] as string;
      await t.storage.transaction((tx) => tx.putDocs('people', [doc(`p${String(i).padStart(2, '0')}`, path)]));
    }
    // p00 moves to the other county: a departure in this one.
    await t.storage.transaction((tx) => tx.putDocs('people', [doc('p00', `${OTHER}t/`)]));
  });
  afterAll(async () => t?.cleanup());

  it('returns the scope’s documents and departures in checkpoint order, in small batches', async () => {
    const county = scope({ prefixes: [COUNTY], exactPaths: ['/41/', '/41/4115/'] });
    const rows = await pullAll(t.storage, county, 2);
    expect(rows.map((r) => `${r.id}${r.departed ? '→' : ''}`)).toEqual(['p02', 'p03', 'p04', 'p06', 'p07', 'p08', 'p10', 'p11', 'p00→']);
    const stamps = rows.map((r) => r.updatedAt);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    // A township's pull: its own branch only.
    expect((await pullAll(t.storage, scope({ prefixes: [`${COUNTY}t1/`] }), 1)).map((r) => r.id)).toEqual(['p04']);
  });
});
