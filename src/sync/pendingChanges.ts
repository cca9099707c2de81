import { getAssumedMasterState, getChangedDocumentsSince, getLastCheckpointDoc, writeDocToDocState } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';

/** More than this is shown as "N+" — counting further would only cost time. */
export const PENDING_COUNT_CAP = 1000;

/**
 * Local changes not yet acknowledged by the server.
 *
 * Candidates are the documents written to this device since the upstream
 * checkpoint; each is then compared with the state the server is known to
 * have (the replication's assumed master state), exactly as RxDB's own
 * upstream decides what to push. The second step matters: the Dexie
 * storage takes a bulk write's checkpoint from its last row, so documents
 * of one bulk can sit "after" the checkpoint although they were pushed.
 * Only the tab that holds the replication (the leader) can see this; other
 * tabs get null.
 */
export async function countPendingChanges<C>(state: RxReplicationState<unknown, C>): Promise<number | null> {
  const internal = state.internalReplicationState;
  if (!internal) return null;
  const checkpoint = await getLastCheckpointDoc(internal, 'up');
  const changed = await getChangedDocumentsSince(internal.input.forkInstance, PENDING_COUNT_CAP, checkpoint);
  if (!changed.documents.length) return 0;
  const primary = internal.primaryPath as string;
  const ids = changed.documents.map((doc) => String((doc as Record<string, unknown>)[primary]));
  const assumed = await getAssumedMasterState(internal, ids);
  const isEqual = internal.input.conflictHandler.isEqual;
  return changed.documents.filter((doc, i) => {
    const master = assumed[ids[i] ?? ''];
    return !master || !isEqual(master.docData, writeDocToDocState(doc, internal.hasAttachments, false), 'pending-count');
  }).length;
}
