import type { ReadScope } from '#domain/auth/readScope';
import type { CollectionName } from '#domain/schemas/index';
import { toWire, type WireDoc } from '../replication/docs';
import type { Checkpoint, Storage } from '../storage/types';

const PAGE = 2000;

/** Every live (not deleted) document of a collection within `scope`, page by page through the pull index. */
export async function readScoped(storage: Storage, collection: CollectionName, scope: Partial<ReadScope>): Promise<WireDoc[]> {
  const full: ReadScope = { prefixes: [], exactPaths: [], ids: [], subjectIds: [], ...scope };
  const out: WireDoc[] = [];
  let checkpoint: Checkpoint | null = null;
  for (;;) {
    const rows = await storage.pull(collection, full, checkpoint, PAGE);
    for (const row of rows) if (!row.departed && !row.deleted) out.push(toWire(row));
    const last = rows[rows.length - 1];
    if (rows.length < PAGE || !last) return out;
    checkpoint = { updatedAt: last.updatedAt, id: last.id };
  }
}
