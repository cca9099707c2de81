import type { Subject } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection, RxReplicationPullStreamItem, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import { COLLECTIONS, type CollectionName } from '@/domain/schemas';
import { scrubbedTombstone } from '@/domain/sync/scrub';
import type { ApiClient } from '@/api/apiClient';
import type { RefusalBook } from './refusalBook';
import type { RequestGate } from './requestGate';

/** The server's checkpoint: its own clock plus the id, to break ties. */
export interface ServerCheckpoint {
  updatedAt: number;
  id: string;
}

/** A pushed row the server refused: why, and the state to keep instead (null: drop the copy). */
export interface PushRefusal {
  id: string;
  code: string;
  reason: string;
  current: Record<string, unknown> | null;
}

export interface PushAnswer<T> {
  conflicts: WithDeleted<T>[];
  refused: PushRefusal[];
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
  /** Whether this user may write the collection; read-only collections replicate pull-only. */
  writable: boolean;
  refusals: RefusalBook;
  /** Called with each refused row, after its server state has been handed over. */
  onRefused?: (refusal: PushRefusal) => void;
  /** Runs before each push; throws (UploadWaiting) to try again later. */
  beforePush?: (rows: RxReplicationWriteToMasterRow<T>[]) => Promise<void>;
  /** After beforePush: ids never to upload (what a rolled-back import created); RxDB takes them as sent. */
  neverUpload?: () => Promise<ReadonlySet<string>>;
  batchSize?: number;
  /** Called after each request the server answered, for "last synced at". */
  onRoundTrip?: () => void;
  /** Holds requests while offline and backs off while the server does not answer (shared by all collections). */
  gate?: RequestGate;
}

/**
 * The states RxDB should take for the pushed rows: the server's conflicts
 * to merge, and for each refused row the state the server keeps (or, when
 * this user may not see it, an emptied tombstone that removes the copy),
 * remembered so the conflict handler takes them as they are.
 */
export function mastersOf<T>(
  name: CollectionName,
  rows: RxReplicationWriteToMasterRow<T>[],
  answer: PushAnswer<T>,
  refusals: RefusalBook,
): WithDeleted<T>[] {
  const pathOf = new Map(
    rows.map((r) => {
      const doc = r.newDocumentState as unknown as { id: string; orgPath?: string };
      return [doc.id, doc.orgPath ?? '/'];
    }),
  );
  const kept = answer.refused.map((refusal) => {
    const state = refusal.current ?? scrubbedTombstone(COLLECTIONS[name].schema, refusal.id, pathOf.get(refusal.id) ?? '/');
    refusals.remember(name, state as { id: string });
    return state as WithDeleted<T>;
  });
  return [...answer.conflicts, ...kept];
}

/** Without a write for this long, a pull goes ahead anyway (pulled states equal to the stored ones are never written). */
const PULL_STALL_MS = 1000;
/**
 * Pages fetched but not yet written, at most. One page ahead made writes of
 * one page each and the county's first sync twice as long (many small
 * transactions: docs/benchmarks.md); eight keep writes of thousands of
 * documents and hold at most 4,000 documents (about 2 MB) per collection.
 */
export const PULL_PAGES_AHEAD = 8;

/**
 * Back-pressure for RxDB's pull. RxDB's downstream fetches page after page
 * without waiting for its writes and writes what has piled up whenever the
 * previous write ends: in a county's first sync nothing new reached
 * IndexedDB for 10–30 s at a time, then tens of thousands of documents at
 * once, and the whole pull (tens of MB of JSON) sat in memory meanwhile
 * (docs/benchmarks.md). Here the next page is fetched only while fewer
 * than PULL_PAGES_AHEAD pages are unwritten (`received$`), so documents
 * arrive in steady steps, a school's people show while the rest is coming,
 * and what is held in memory is bounded.
 */
class PullPace {
  private requested = 0;
  private stored = 0;
  private wake: (() => void) | null = null;

  private readonly ahead: number;

  constructor(batchSize: number) {
    this.ahead = batchSize * PULL_PAGES_AHEAD;
  }

  /** Resolves when fewer than PULL_PAGES_AHEAD pages handed to RxDB are unwritten, or writes have stalled. */
  room(): Promise<void> {
    // Live changes are written without a pull: they give no credit.
    this.stored = Math.min(this.stored, this.requested);
    if (this.requested - this.stored < this.ahead) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      timer = setTimeout(done, PULL_STALL_MS);
      this.wake = () => {
        if (this.requested - this.stored < this.ahead) return done();
        clearTimeout(timer);
        timer = setTimeout(done, PULL_STALL_MS);
      };
    });
  }

  handed(documents: number): void {
    this.requested += documents;
  }

  written(): void {
    this.stored += 1;
    this.wake?.();
  }
}

/**
 * RxDB replication of one collection with our sync server's HTTP protocol.
 * Waits for leadership, so with several tabs open only one replicates
 * (multiInstance databases share the data between tabs).
 */
export function replicateCollection<T>(options: CollectionReplicationOptions<T>): RxReplicationState<T, ServerCheckpoint> {
  const { api, collection } = options;
  const name = collection.name as CollectionName;
  const batchSize = options.batchSize ?? PULL_BATCH_SIZE;
  const pace = new PullPace(batchSize);
  const send = <R>(request: () => Promise<R>): Promise<R> => (options.gate ? options.gate.run(request) : request());
  const state = replicateRxCollection<T, ServerCheckpoint>({
    collection,
    replicationIdentifier: options.identifier,
    live: true,
    // Pause between retries after an error; RxDB retries the whole batch,
    // and the server acknowledges replays, so a retry can never duplicate a
    // document. Offline and unanswered requests wait at the gate instead
    // (requestGate.ts), with exponential back-off shared by all collections.
    retryTime: 5000,
    waitForLeadership: true,
    autoStart: true,
    pull: {
      batchSize,
      stream$: options.stream$.asObservable(),
      handler: async (checkpoint, limit) => {
        await pace.room();
        const query = new URLSearchParams({ limit: String(limit) });
        if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
        const result = await send(() =>
          api.request<{ documents: WithDeleted<T>[]; checkpoint: ServerCheckpoint | null }>('GET', `/api/sync/${name}/pull?${query}`),
        );
        options.onRoundTrip?.();
        pace.handed(result.documents.length);
        return { documents: result.documents, checkpoint: result.checkpoint ?? checkpoint ?? undefined };
      },
    },
    ...(options.writable
      ? {
          push: {
            batchSize: PUSH_BATCH_SIZE,
            handler: async (batch: RxReplicationWriteToMasterRow<T>[]) => {
              await options.beforePush?.(batch);
              // Read after beforePush: rows collected while an import was written may be of one since rolled back.
              const never = (await options.neverUpload?.()) ?? new Set<string>();
              const rows = never.size ? batch.filter((r) => !never.has((r.newDocumentState as unknown as { id: string }).id)) : batch;
              if (rows.length === 0) return [];
              const answer = await send(() => api.request<PushAnswer<T>>('POST', `/api/sync/${name}/push`, rows));
              options.onRoundTrip?.();
              const masters = mastersOf(name, rows, answer, options.refusals);
              for (const refusal of answer.refused) options.onRefused?.(refusal);
              return masters;
            },
          },
        }
      : {}),
  });
  state.received$.subscribe(() => pace.written());
  return state;
}
