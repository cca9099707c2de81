/** The SQL a storage pull runs for a scope (captured, not executed), to ask the database for its plan. */
import type { ReadScope } from '../../../src/domain/auth/readScope';
import type { SqlExecutor, SqlValue } from '../../src/storage/driver';
import { pull } from '../../src/storage/sql/docStore';
import type { Checkpoint } from '../../src/storage/types';

export async function pullQuery(
  collection: string,
  scope: ReadScope,
  checkpoint: Checkpoint | null,
  limit: number,
  /** As the storage reads: by branch on PostgreSQL only. */
  byBranch = true,
): Promise<{ sql: string; params: SqlValue[] }> {
  let captured: { sql: string; params: SqlValue[] } | undefined;
  const capture: SqlExecutor = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => {
      captured = { sql, params: [...params] };
      return [] as T[];
    },
    run: async () => 0,
  };
  await pull(capture, collection, scope, checkpoint, limit, byBranch);
  if (!captured) throw new Error('the pull ran no query');
  return captured;
}
