import type { ApiClient } from '@/api/apiClient';
import { databaseNameFor, type SessionUser } from '@/auth/sessionUser';
import { completeInterruptedImport } from '@/db/repositories/importJournal';
import { forgetUsedInitialPasswords } from '@/db/repositories/initialPasswords';
import { deviceFiles } from '@/db/deviceFiles';
import type { XiaoanDatabase } from '@/db/types';
// By module, not through permissions.ts, whose write rules (and their validation) the first screen does not need.
import { scopeFingerprint } from '@/domain/auth/principal';
import { readableCollections } from '@/domain/auth/readScope';
import { canWriteCollection } from '@/domain/auth/writeAccess';
import type { CollectionName } from '@/domain/schemas';
import { RefusalBook } from '@/sync/refusalBook';
import { FileUploader } from '@/sync/fileUploader';
import { LessonMediaPrefetcher } from '@/sync/lessonMedia';
import { SyncController, type SyncSnapshot } from '@/sync/syncController';
import { forgetLastSync, localLastSyncStore } from './lastSyncStore';
import { openAppDatabase } from './openAppDatabase';

export interface UserWorkspaceOptions {
  api: ApiClient;
  /** Every change of the replication state (the sync store shows it). */
  onSyncChange: (snapshot: SyncSnapshot) => void;
  /** The server replicates another scope for this user now (account moved, role changed). */
  onScopeChanged?: () => void;
}

/**
 * One signed-in user's data on this device: their own database (one per
 * user, so signing out of a shared computer can remove exactly theirs)
 * and its replication with the server. Plain TypeScript; the session
 * store wraps it with sign-in and Vue state.
 */
export class UserWorkspace {
  private sync: SyncController | null = null;
  /** Photos go up beside replication, while it runs (docs/hazards.md). */
  private uploader: FileUploader | null = null;
  /** Lessons' media come down beside replication, while it runs (sync/lessonMedia.ts). */
  private prefetcher: LessonMediaPrefetcher | null = null;

  private constructor(
    readonly user: SessionUser,
    readonly db: XiaoanDatabase,
    /** Shared by the push handlers and the conflict handler: how a refusal is told from a conflict. */
    private readonly refusals: RefusalBook,
    private readonly options: UserWorkspaceOptions,
  ) {}

  /**
   * Open the user's database. An import cut short by a crash or a closed
   * tab is completed here, before replication can start: the import is
   * whole before anything of it uploads.
   */
  static async open(user: SessionUser, options: UserWorkspaceOptions): Promise<UserWorkspace> {
    const refusals = new RefusalBook();
    const db = await openAppDatabase(databaseNameFor(user), { actor: user.id, refusals });
    await completeInterruptedImport(db);
    // Initial passwords are kept only until their account's first sign-in.
    await forgetUsedInitialPasswords(db);
    return new UserWorkspace(user, db, refusals, options);
  }

  get syncing(): boolean {
    return this.sync !== null;
  }

  /**
   * Start live replication of what `user` may read, unless it runs
   * already. Not while an initial password waits to be changed: the server
   * refuses such a session everything else.
   */
  startSync(user: SessionUser = this.user): void {
    if (this.sync || user.mustChangePassword) return;
    const { api, onSyncChange, onScopeChanged } = this.options;
    this.sync = new SyncController({
      db: this.db,
      api,
      collections: readableCollections(user),
      // What this user may not write replicates pull-only (no upload, no meta copies).
      writable: (name) => canWriteCollection(user, name),
      refusals: this.refusals,
      scope: scopeFingerprint(user),
      onScopeChanged,
      // Server and user: checkpoints of another server or user are never reused.
      identity: `${location.host}:${user.id}`,
      actor: user.id,
      onChange: onSyncChange,
      lastSyncStore: localLastSyncStore(user.id),
    });
    this.sync.start();
    this.uploader = new FileUploader(api, deviceFiles());
    this.uploader.start();
    this.prefetcher = new LessonMediaPrefetcher(api, this.db, deviceFiles());
    this.prefetcher.start();
  }

  async stopSync(): Promise<void> {
    const sync = this.sync;
    const uploader = this.uploader;
    const prefetcher = this.prefetcher;
    this.sync = null;
    this.uploader = null;
    this.prefetcher = null;
    await Promise.all([sync?.stop(), uploader?.stop(), prefetcher?.stop()]);
  }

  /** Wait until what this device changed has reached the server (nothing when not syncing). */
  async awaitInSync(): Promise<void> {
    await this.sync?.awaitInSync();
  }

  /** Retry everything now (e.g. the browser says it is back online). */
  reSync(): void {
    this.sync?.reSync();
    void this.uploader?.run();
  }

  /** Give a collection's first pull a moment (see SyncController.awaitInitial); no wait when not syncing. */
  async awaitInitial(name: CollectionName, timeoutMs: number): Promise<void> {
    await this.sync?.awaitInitial(name, timeoutMs);
  }

  /**
   * Stop replication and close the database. With `removeData` the
   * database and the user's sync times are deleted from the device — the
   * caller makes sure nothing waits to be uploaded first.
   */
  async close(options: { removeData: boolean }): Promise<void> {
    await this.stopSync();
    if (!options.removeData) {
      await this.db.close();
      return;
    }
    await this.db.remove();
    forgetLastSync(this.user.id);
  }
}
