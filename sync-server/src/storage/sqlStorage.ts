/**
 * The Storage interface in portable SQL (`?` placeholders, upserts with
 * ON CONFLICT, row-value comparisons): the adapters only supply a driver.
 * The SQL itself lives by table in ./sql.
 */
import type { ReadScope } from '#domain/auth/readScope';
import type { SqlDriver, SqlExecutor } from './driver';
import { attemptTable } from './sql/attemptStore';
import * as docs from './sql/docStore';
import * as files from './sql/fileStore';
import * as sessions from './sql/sessionStore';
import { recordSignInDay, setStatsDue, statsTables } from './sql/statsStore';
import { streamLeaseTable } from './sql/streamLeaseStore';
import * as users from './sql/userStore';
import type {
  AttemptTable,
  ChangeListener,
  Checkpoint,
  DocReader,
  DocRow,
  DocWrite,
  FileInfo,
  FileRow,
  ListDocsOptions,
  PutResult,
  SessionRow,
  StampedChanges,
  Storage,
  StorageKind,
  OwnedLock,
  StatsTables,
  StreamLeaseTable,
  StorageTx,
  UserPatch,
  Unlisten,
  UserRow,
} from './types';

export { prefixUpperBound, scopeCondition } from './sql/scopeSql';

/** Reads shared by the committed-read view and the transaction view. */
class Reader implements DocReader {
  constructor(protected readonly ex: SqlExecutor) {}

  getDocs(collection: string, ids: readonly string[]): Promise<DocRow[]> {
    return docs.getDocs(this.ex, collection, ids);
  }

  findUserById(id: string): Promise<UserRow | undefined> {
    return users.findUserById(this.ex, id);
  }

  findUserByUsername(username: string): Promise<UserRow | undefined> {
    return users.findUserByUsername(this.ex, username);
  }

  usernamesStartingWith(base: string): Promise<string[]> {
    return users.usernamesStartingWith(this.ex, base);
  }
}

class Tx extends Reader implements StorageTx {
  private clock: number | undefined;

  constructor(
    ex: SqlExecutor,
    private readonly driver: SqlDriver,
  ) {
    super(ex);
  }

  async timestamp(): Promise<number> {
    if (this.clock === undefined) {
      const now = Date.now();
      const [row] = await this.ex.all<{ last_value: number }>(
        `UPDATE server_clock SET last_value = CASE WHEN last_value + 1 > ? THEN last_value + 1 ELSE ? END
         WHERE id = 1 RETURNING last_value`,
        [now, now],
      );
      if (!row) throw new Error('server clock row missing');
      this.clock = Number(row.last_value);
    }
    return this.clock;
  }

  async putDocs(collection: string, written: readonly DocWrite[]): Promise<PutResult> {
    const at = await this.timestamp();
    return { at, departures: await docs.putDocs(this.ex, collection, written, at) };
  }

  docsBySubject(collection: string, subjectId: string): Promise<DocRow[]> {
    return docs.docsBySubject(this.ex, collection, subjectId);
  }

  insertUser(u: UserRow): Promise<void> {
    return users.insertUser(this.ex, u);
  }

  updateUser(id: string, patch: UserPatch): Promise<void> {
    return users.updateUser(this.ex, id, patch);
  }

  insertSession(s: SessionRow): Promise<void> {
    return sessions.insertSession(this.ex, s);
  }

  revokeUserSessions(userId: string, at: number, exceptSessionId?: string): Promise<string[]> {
    return sessions.revokeUserSessions(this.ex, userId, at, exceptSessionId);
  }

  revokeSession(id: string, at: number): Promise<boolean> {
    return sessions.revokeSession(this.ex, id, at);
  }

  putFile(file: FileRow): Promise<boolean> {
    return files.putFile(this.ex, file);
  }

  setFileRefs(collection: string, docId: string, hashes: readonly string[]): Promise<void> {
    return files.setFileRefs(this.ex, collection, docId, hashes);
  }

  async recordSignInDay(userId: string, day: number, orgPath: string): Promise<boolean> {
    return recordSignInDay(this.ex, userId, day, orgPath, await this.timestamp());
  }

  setStatsDue(entries: readonly { schoolId: string; dueAt: number }[]): Promise<void> {
    return setStatsDue(this.ex, entries);
  }

  async announce(payload: string): Promise<void> {
    await this.driver.notify?.(this.ex, payload);
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.ex.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }
}

export class SqlStorage extends Reader implements Storage {
  readonly kind: StorageKind;
  readonly attempts: AttemptTable | undefined;
  readonly streamLeases: StreamLeaseTable | undefined;
  readonly statsTables: StatsTables;

  constructor(private readonly driver: SqlDriver) {
    super(driver.reader);
    this.kind = driver.dialect;
    // SQLite serves one process: its attempts stay in memory (auth/throttle.ts).
    this.attempts = driver.dialect === 'postgres' ? attemptTable(driver.reader) : undefined;
    this.streamLeases = driver.dialect === 'postgres' ? streamLeaseTable(driver.reader) : undefined;
    this.statsTables = statsTables(driver.reader);
  }

  async tryOwn(name: string, onLost: () => void): Promise<OwnedLock | undefined> {
    // SQLite: this process is the only one.
    if (!this.driver.tryLock) return { release: async () => undefined };
    return this.driver.tryLock(name, onLost);
  }

  transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T> {
    return this.driver.transaction((ex) => fn(new Tx(ex, this.driver)));
  }

  pull(collection: string, scope: ReadScope, checkpoint: Checkpoint | null, limit: number): Promise<DocRow[]> {
    return docs.pull(this.ex, collection, scope, checkpoint, limit, this.kind === 'postgres');
  }

  countPull(collection: string, scope: ReadScope, checkpoint: Checkpoint | null): Promise<number> {
    return docs.countPull(this.ex, collection, scope, checkpoint, this.kind === 'postgres');
  }

  listDocs(collection: string, options: ListDocsOptions): Promise<DocRow[]> {
    return docs.listDocs(this.ex, collection, options);
  }

  findSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    return sessions.findSessionByTokenHash(this.ex, tokenHash);
  }

  findSession(id: string): Promise<SessionRow | undefined> {
    return sessions.findSession(this.ex, id);
  }

  listSessions(userId: string): Promise<SessionRow[]> {
    return sessions.listSessions(this.ex, userId);
  }

  touchSession(id: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    return this.driver.transaction((ex) => sessions.touchSession(ex, id, lastSeenAt, expiresAt));
  }

  async getMeta(key: string): Promise<string | undefined> {
    const [row] = await this.ex.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]);
    return row?.value;
  }

  fileInfo(sha256: string): Promise<FileInfo | undefined> {
    return files.fileInfo(this.ex, sha256);
  }

  readFile(sha256: string, userId: string, scopes: Readonly<Record<string, ReadScope>>) {
    return files.readFile(this.ex, sha256, userId, scopes);
  }

  changesAt(collection: string, stamps: readonly number[]): Promise<StampedChanges> {
    return docs.changesAt(this.ex, collection, stamps);
  }

  async listen(listener: ChangeListener): Promise<Unlisten | undefined> {
    return this.driver.listen?.(listener);
  }

  async analyze(): Promise<void> {
    await this.driver.transaction((ex) => ex.run('ANALYZE'));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
