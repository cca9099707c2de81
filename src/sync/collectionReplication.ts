import type { Subject } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection, RxReplicationPullStreamItem, WithDeleted } from 'rxdb';
import type { ApiClient } from '@/api/apiClient';

/** The server's checkpoint: its own clock plus the id, to break ties. */
export interface ServerCheckpoint {
  updatedAt: number;
  id: string;
}

/**
 * Documents per pull request. Also what the benchmarks pull with
 * (sync-server/bench, bench/), so their baseline matches the app.
 */
export const PULL_BATCH_SIZE = 500;
/** Local changes per push request (one server transaction each). */
export const PUSH_BATCH_SIZE = 100;

export interface CollectionReplicationOptions<T> {
  collection: RxCollection<T>;
  api: ApiClient;
  /** Identifies server + user: a different server or user starts from scratch. */
  identifier: string;
  stream$: Subject<RxReplicationPullStreamItem<T, ServerCheckpoint>>;
  batchSize?: number;
  /** Called after each request the server answered, for "last synced at". */
  onRoundTrip?: () => void;
}

/**
 * RxDB replication of one collection with our sync server's HTTP protocol.
 * Waits for leadership, so with several tabs open only one replicates
 * (multiInstance databases share the data between tabs).
 */
export function replicateCollection<T>(
  options: CollectionReplicationOptions<T>,
): RxReplicationState<T, ServerCheckpoint> {
  const { api, collection } = options;
  const name = collection.name;
  const batchSize = options.batchSize ?? PULL_BATCH_SIZE;
  return replicateRxCollection<T, ServerCheckpoint>({
    collection,
    replicationIdentifier: options.identifier,
    live: true,
    // Back-off between retries after an error (e.g. offline); RxDB retries
    // the whole batch, and the server acknowledges replays, so a retry can
    // never duplicate a document.
    retryTime: 5000,
    waitForLeadership: true,
    autoStart: true,
    pull: {
      batchSize,
      stream$: options.stream$.asObservable(),
      handler: async (checkpoint, limit) => {
        const query = new URLSearchParams({ limit: String(limit) });
        if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
        const result = await api.request<{ documents: WithDeleted<T>[]; checkpoint: ServerCheckpoint | null }>(
          'GET',
          `/api/sync/${name}/pull?${query}`,
        );
        options.onRoundTrip?.();
        return { documents: result.documents, checkpoint: result.checkpoint ?? checkpoint ?? undefined };
      },
    },
    push: {
      batchSize: PUSH_BATCH_SIZE,
      handler: async (rows) => {
        const conflicts = await api.request<WithDeleted<T>[]>('POST', `/api/sync/${name}/push`, rows);
        options.onRoundTrip?.();
        return conflicts;
      },
    },
  });
}
