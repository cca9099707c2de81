import type { CollectionName } from '@/domain/schemas';
import { mergingConflictHandler } from '@/sync/conflictHandler';
import { RefusalBook } from '@/sync/refusalBook';

/** The app's three-way merge, for a database opened by a test as user `actor`. */
export function testConflictHandler(actor = 'test') {
  const refusals = new RefusalBook();
  return (collection: CollectionName) => mergingConflictHandler({ collection, actor, refusals });
}
