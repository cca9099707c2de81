/** What a device (or a full recount) computes from documents as replicated: the reference the rollups must equal. */
import type { CollectionName } from '@/domain/schemas';
import { hazardForStats, subtreeFigures, type StoredHazard, type SubtreeDocs } from '@/domain/stats';
import { readScoped } from '../../../sync-server/src/stats/readScoped';
import type { Storage } from '../../../sync-server/src/storage/types';

export type Docs = Record<string, Record<string, unknown>[]>;
export const COUNTED: CollectionName[] = ['orgs', 'people', 'accounts', 'content', 'activities', 'hazards', 'accidents'];

export const DRILL = {
  planName: '消防疏散演练', drillType: 'fire', place: '操场', commander: '王校长', participants: 100,
  classHeadcounts: [], problems: '', improvements: '', photos: [],
};

export function figuresFrom(docs: Docs, now: number) {
  const input = {
    orgs: docs.orgs,
    people: docs.people,
    accounts: docs.accounts,
    content: docs.content,
    activities: docs.activities,
    hazards: (docs.hazards as unknown as StoredHazard[]).filter((h) => h.deletedAt === 0).map(hazardForStats),
    accidents: docs.accidents,
  } as unknown as SubtreeDocs;
  return subtreeFigures(input, now);
}

/** Every unit's figures recounted from everything stored. */
export async function recountAll(storage: Storage, now: number) {
  const all: Docs = {};
  for (const c of COUNTED) all[c] = await readScoped(storage, c, { prefixes: ['/'] });
  return { all, figures: figuresFrom(all, now) };
}
