import { getChangedDocumentsSince, getLastCheckpointDoc } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';

/** More than this is shown as "N+" — counting further would only cost time. */
export const PENDING_COUNT_CAP = 1000;

/**
 * Local changes not yet acknowledged by the server: the documents written
 * to this device since the upstream checkpoint. Only the tab that holds
 * the replication (the leader) can see the checkpoint; others get null.
 */
export async function countPendingChanges<C>(state: RxReplicationState<unknown, C>): Promise<number | null> {
  const internal = state.internalReplicationState;
  if (!internal) return null;
  const checkpoint = await getLastCheckpointDoc(internal, 'up');
  const changed = await getChangedDocumentsSince(internal.input.forkInstance, PENDING_COUNT_CAP, checkpoint);
  return changed.documents.length;
}
