import { Subject } from 'rxjs';
import type { RxCollection, RxReplicationPullStreamItem, WithDeleted } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { XiaoanDatabase } from '@/db/types';
import type { CollectionName } from '@/domain/schemas';
import type { ApiClient } from '@/api/apiClient';
import { openChangeStream } from './changeStream';
import { replicateCollection, type ServerCheckpoint } from './collectionReplication';
import type { FirstSyncClock } from './firstSyncProgress';
import { countPendingChanges } from './pendingChanges';
import { recordConflicts } from './recordConflicts';
import type { RefusalBook } from './refusalBook';
import { importInProgress, rolledBackIds } from '@/db/repositories/importJournal';
import { RequestGate, type Connectivity, type GateState } from './requestGate';
import { GENDER_SETTLE_MS, unsettledIdentities, UPLOAD_AFTER, UPLOAD_WAIT_MS, UploadWaiting } from './uploadOrder';

export interface CollectionSyncState {
  name: CollectionName;
  active: boolean;
  pending: number | null;
  lastSyncAt: number | null;
  error: string | null;
  received: number;
  sent: number;
  /** During this device's first sync: documents on the device of the server's total (null otherwise, or once caught up). */
  firstSync: { done: number; total: number } | null;
}

/**
 * Which tab of this browser replicates the user's database: this one,
 * another one (it holds the lock, so counts are not visible here), or not
 * known yet (the election is still running — never reported as "another tab").
 */
export type Leadership = 'self' | 'other' | 'unknown';

export interface SyncSnapshot {
  streamConnected: boolean;
  collections: CollectionSyncState[];
  leadership: Leadership;
  /** Whether requests may go out: offline, backing off from an unanswered server, or open. */
  gate: GateState;
  /** While a first sync shows progress: since when, from how many documents (firstSyncProgress.ts). */
  firstSyncClock: FirstSyncClock | null;
}

/** Before replication runs (signed out, or not started yet). */
export function idleSnapshot(): SyncSnapshot {
  return { streamConnected: false, collections: [], leadership: 'unknown', gate: { kind: 'open' }, firstSyncClock: null };
}

export interface SyncControllerOptions {
  db: XiaoanDatabase;
  api: ApiClient;
  collections: readonly CollectionName[];
  /** server + user, so another user's checkpoints are never reused. */
  identity: string;
  actor: string;
  onChange: (snapshot: SyncSnapshot) => void;
  /** Where "last synced at" survives a reload (so an offline reload does not claim "never synced"). */
  lastSyncStore?: LastSyncStore;
  /** Collections this user writes; the others replicate pull-only. */
  writable: (name: CollectionName) => boolean;
  refusals: RefusalBook;
  /** The scope this device's copy was made under (scopeFingerprint of the user). */
  scope: string;
  /** The server replicates another scope now (the account was moved or its role changed). */
  onScopeChanged?: () => void;
  /** The browser's network state (tests pass their own); and the back-off bounds of unanswered requests. */
  connectivity?: Connectivity;
  backoff?: { minDelay: number; maxDelay: number };
}

export interface LastSyncStore {
  load(): Partial<Record<CollectionName, number>>;
  save(times: Partial<Record<CollectionName, number>>): void;
  /** Whether this device once caught up with every collection: then no first-sync progress is asked for. */
  firstSyncDone?(): boolean;
  markFirstSyncDone?(): void;
}

type AnyItem = RxReplicationPullStreamItem<unknown, ServerCheckpoint>;

/**
 * Runs live replication of the user's collections with one multiplexed
 * change stream. Never blocks start-up: offline, replication simply keeps
 * retrying in the background while the app works on local data.
 */
export class SyncController {
  private readonly states = new Map<CollectionName, RxReplicationState<unknown, ServerCheckpoint>>();
  private readonly streams = new Map<string, Subject<AnyItem>>();
  private readonly status = new Map<CollectionName, CollectionSyncState>();
  private streamConnected = false;
  private closeStream: (() => void) | undefined;
  private pendingTimer: ReturnType<typeof setInterval> | undefined;
  private leadership: Leadership = 'unknown';
  private readonly gate: RequestGate;
  /** Collections whose first pull since start has caught up with the server. */
  private readonly caughtUp = new Set<CollectionName>();
  /** Per collection in a first sync: stored documents not counted in `received` (stored before, minus received before the count). */
  private readonly storedBefore = new Map<CollectionName, number>();
  private firstSyncClock: FirstSyncClock | null = null;
  private stopped = false;

  constructor(private readonly options: SyncControllerOptions) {
    this.gate = new RequestGate({
      ...options.backoff,
      ...(options.connectivity ? { connectivity: options.connectivity } : {}),
      onChange: () => this.emit(),
    });
  }

  start(): void {
    const { db, api, collections, identity } = this.options;
    const saved = this.options.lastSyncStore?.load() ?? {};
    for (const name of collections) {
      const stream$ = new Subject<AnyItem>();
      this.streams.set(name, stream$);
      const lastSyncAt = saved[name] ?? null;
      this.status.set(name, { name, active: false, pending: null, lastSyncAt, error: null, received: 0, sent: 0, firstSync: null });
      const collection = db[name] as unknown as RxCollection<unknown>;
      const state = replicateCollection({
        collection,
        api,
        identifier: `xiaoan:${identity}:${name}`,
        stream$,
        writable: this.options.writable(name),
        refusals: this.options.refusals,
        gate: this.gate,
        onRoundTrip: () => this.recordRoundTrip(name),
        beforePush: (rows) => this.beforePush(name, rows.map((r) => r.newDocumentState as unknown as { id: string; idNumber?: unknown })),
        neverUpload: () => rolledBackIds(db),
      });
      this.states.set(name, state);
      this.watch(name, state);
    }
    this.closeStream = openChangeStream({
      api,
      gate: this.gate,
      onStateChange: (connected) => {
        this.streamConnected = connected;
        this.emit();
      },
      onEvent: (event) => {
        if (event.type === 'closed') return;
        if (event.type === 'resync') {
          if (event.scope && event.scope !== this.options.scope) {
            this.options.onScopeChanged?.();
            return;
          }
          for (const subject of this.streams.values()) subject.next('RESYNC');
          return;
        }
        this.streams.get(event.collection)?.next({
          documents: event.documents as WithDeleted<unknown>[],
          checkpoint: event.checkpoint as ServerCheckpoint,
        });
      },
    }).close;
    this.pendingTimer = setInterval(() => void this.refreshPending(), 3000);
    void this.refreshPending();
    void this.showFirstSyncProgress();
  }

  /**
   * Until this device has once caught up with every collection, ask the
   * server how many documents each first pull delivers and count what
   * arrives against it (firstSyncProgress.ts). Offline or refused, the sync
   * goes on without totals.
   */
  private async showFirstSyncProgress(): Promise<void> {
    const store = this.options.lastSyncStore;
    if (store?.firstSyncDone?.()) return;
    const answer = await this.gate
      .run(() => this.options.api.request<{ counts: Partial<Record<CollectionName, number>> }>('GET', '/api/sync/counts'))
      .catch(() => null);
    if (!answer || this.stopped) return;
    let doneAtStart = 0;
    for (const name of this.states.keys()) {
      const total = answer.counts[name];
      if (total === undefined || this.caughtUp.has(name)) continue;
      const receivedBefore = this.status.get(name)?.received ?? 0;
      const stored = await storedCount(this.options.db, name);
      if (this.stopped) return;
      if (this.caughtUp.has(name)) continue;
      this.storedBefore.set(name, stored - receivedBefore);
      const done = stored + ((this.status.get(name)?.received ?? 0) - receivedBefore);
      doneAtStart += Math.min(done, total);
      this.update(name, { firstSync: { done, total } }, true);
    }
    if (this.storedBefore.size) this.firstSyncClock = { startedAt: Date.now(), doneAtStart };
    this.emit();
  }

  /** A collection caught up: its progress ends; once all have, this device's first sync is over. */
  private markCaughtUp(name: CollectionName): void {
    this.caughtUp.add(name);
    this.storedBefore.delete(name);
    // Whatever the count said (tombstones are not stored documents), a caught-up collection is complete.
    const firstSync = this.status.get(name)?.firstSync;
    if (firstSync) this.update(name, { firstSync: { done: firstSync.total, total: firstSync.total } }, true);
    if (this.caughtUp.size < this.states.size) return;
    this.firstSyncClock = null;
    for (const status of this.status.values()) status.firstSync = null;
    this.emitSoon();
    this.options.lastSyncStore?.markFirstSyncDone?.();
  }

  /** Retry everything now (e.g. the browser says it is back online). */
  reSync(): void {
    for (const state of this.states.values()) state.reSync();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.gate.close();
    clearInterval(this.pendingTimer);
    clearTimeout(this.emitTimer);
    this.closeStream?.();
    await Promise.all([...this.states.values()].map((s) => s.cancel()));
    this.states.clear();
  }

  /** Wait until every local change has reached the server (used before wiping a shared device). */
  async awaitInSync(): Promise<void> {
    await Promise.all([...this.states.values()].map((s) => s.awaitInSync()));
  }

  /**
   * Wait (at most `timeoutMs`) for a collection's first pull. Used only to
   * avoid showing "no data yet" to a user whose data is still arriving;
   * never on the start-up path, where offline it would never resolve.
   */
  async awaitInitial(name: CollectionName, timeoutMs: number): Promise<void> {
    const state = this.states.get(name);
    if (!state) return;
    await Promise.race([state.awaitInitialReplication(), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  snapshot(): SyncSnapshot {
    return {
      streamConnected: this.streamConnected,
      collections: [...this.status.values()].map((s) => ({ ...s })),
      leadership: this.leadership,
      gate: this.gate.state(),
      firstSyncClock: this.firstSyncClock,
    };
  }

  private update(name: CollectionName, patch: Partial<CollectionSyncState>, quiet = false): void {
    const current = this.status.get(name);
    if (!current) return;
    this.status.set(name, { ...current, ...patch });
    if (quiet) this.emitSoon();
    else this.emit();
  }

  private emitTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Per-document counters change 100,000 times in a county's first sync;
   * publishing each would copy the snapshot into the store as often
   * (seconds of main-thread work). At most four times a second is plenty.
   */
  private emitSoon(): void {
    this.emitTimer ??= setTimeout(() => {
      this.emitTimer = undefined;
      this.emit();
    }, 250);
  }

  private recordRoundTrip(name: CollectionName): void {
    this.update(name, { lastSyncAt: Date.now(), error: null });
    const times = Object.fromEntries([...this.status.values()].map((s) => [s.name, s.lastSyncAt ?? undefined]));
    this.options.lastSyncStore?.save(times);
  }

  private emit(): void {
    this.options.onChange(this.snapshot());
  }

  private watch(name: CollectionName, state: RxReplicationState<unknown, ServerCheckpoint>): void {
    const count = (field: 'received' | 'sent') => (this.status.get(name)?.[field] ?? 0) + 1;
    // Count what waits as soon as this tab replicates, not at the next tick of the timer.
    void state.startPromise.then(() => this.refreshPending());
    state.active$.subscribe((active) => {
      this.update(name, { active });
      if (!active) void this.refreshPending();
    });
    state.received$.subscribe(() => {
      const received = count('received');
      const before = this.storedBefore.get(name);
      const firstSync = this.status.get(name)?.firstSync;
      this.update(name, { received, ...(before !== undefined && firstSync ? { firstSync: { ...firstSync, done: before + received } } : {}) }, true);
    });
    // RxDB's first pull since start has caught up (it waits for this tab to replicate).
    void state.awaitInitialReplication().then(
      () => {
        if (!this.stopped) this.markCaughtUp(name);
      },
      () => undefined,
    );
    state.sent$.subscribe(() => this.update(name, { sent: count('sent') }, true));
    state.error$.subscribe((error) => this.update(name, { error: describeError(error) }));
    state.conflict$.subscribe((conflict) => {
      // A refused change taken back is recorded by the server, not as a merge here.
      if (this.options.refusals.wasRefusal(name, conflict.input.realMasterState as { id?: unknown })) return;
      void recordConflicts(this.options.db, name, conflict.input, this.options.actor);
    });
  }

  /**
   * Upload `name` only once what it refers to has reached the server
   * (uploadOrder.ts): wait here, checking a few times a second, and give
   * the turn back to RxDB's retry when it takes too long (offline again).
   */
  private async beforePush(name: CollectionName, rows: { id: string; idNumber?: unknown }[]): Promise<void> {
    const started = Date.now();
    for (;;) {
      const waitingFor = await this.uploadBlocker(name, rows, Date.now() - started);
      if (!waitingFor) return;
      if (Date.now() - started > UPLOAD_WAIT_MS) throw new UploadWaiting(waitingFor);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /**
   * Changes of `name` waiting to upload. A collection this user may not write replicates pull-only:
   * nothing of it ever goes up (counting it anyway read pulled documents whose replication meta lagged
   * their write as "waiting to upload", and held back the uploads that wait for that collection).
   */
  private pendingOf(name: CollectionName, state: RxReplicationState<unknown, ServerCheckpoint>): Promise<number | null> {
    return this.options.writable(name) ? countPendingChanges(state) : Promise.resolve(0);
  }

  /** What `name`'s upload still waits for, or '' when it may go. */
  private async uploadBlocker(name: CollectionName, rows: { id: string; idNumber?: unknown }[], waitedMs: number): Promise<string> {
    // An import being written uploads whole or not at all (importJournal.ts).
    if (await importInProgress(this.options.db)) return 'import';
    for (const dependency of UPLOAD_AFTER[name] ?? []) {
      const state = this.states.get(dependency);
      if (state && (await this.pendingOf(dependency, state)) !== 0) return dependency;
    }
    if (name !== 'identities' || waitedMs >= GENDER_SETTLE_MS) return '';
    const people = await this.options.db.people.findByIds(rows.map((r) => r.id)).exec();
    return unsettledIdentities(rows, (id) => people.get(id)?.gender).length ? 'people' : '';
  }

  private async refreshLeadership(): Promise<void> {
    const next = await leadershipOf(this.options.db);
    if (next === this.leadership) return;
    this.leadership = next;
    this.emit();
  }

  private async refreshPending(): Promise<void> {
    await this.refreshLeadership();
    for (const [name, state] of this.states) {
      const pending = await this.pendingOf(name, state).catch(() => null);
      if (this.status.get(name)?.pending !== pending) this.update(name, { pending });
    }
  }
}

/**
 * "Another tab" only when another tab really holds the lock; while this
 * tab's own election runs (after sign-in, after a reload) it is unknown.
 */
async function leadershipOf(db: XiaoanDatabase): Promise<Leadership> {
  if (!db.multiInstance) return 'self';
  const elector = db.leaderElector();
  if (elector.isLeader) return 'self';
  const someoneLeads = await elector.hasLeader().catch(() => false);
  // Re-read: this tab may have won while the lock was being queried.
  if (elector.isLeader) return 'self';
  return someoneLeads ? 'other' : 'unknown';
}

/** The underlying cause of an RxDB replication error, for the sync page; null when it is no error (an upload waiting its turn). */
function describeError(error: unknown): string | null {
  const parameters = (error as { parameters?: { errors?: unknown[] } }).parameters;
  const cause = parameters?.errors?.[0] as { code?: string; message?: string; isNetwork?: boolean; status?: number } | undefined;
  if (cause?.code === 'upload_waiting' || cause?.code === 'sync_stopped') return null;
  if (cause?.isNetwork) return 'network';
  // The server's codes vary (session_invalid, token_expired …); the status says what the user must do.
  if (cause?.status === 401) return 'unauthorized';
  if (cause?.status === 403) return `forbidden:${cause.code ?? ''}`;
  if (cause?.status === 400) return `invalid:${cause.code ?? ''}`;
  return cause?.code ?? (error as Error).message ?? 'unknown';
}

/** Documents of `name` on this device (not deleted), by the collection's index: no document is read. */
async function storedCount(db: XiaoanDatabase, name: CollectionName): Promise<number> {
  const collection = db[name] as unknown as RxCollection<unknown>;
  return collection.count().exec().catch(() => 0);
}
