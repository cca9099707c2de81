/**
 * The one storage interface of the sync server. Two adapters implement it
 * (SQLite and PostgreSQL) over the same SQL (`sqlStorage.ts`).
 *
 * Documents of every collection live in one table. `data` is the document's
 * JSON text without `_deleted` (kept in its own column), exactly as
 * validated, so pulls can stream it without re-encoding.
 */
import type { DeviceSessionFields } from '#domain/auth/deviceSession';
import type { DocPlace, ReadScope } from '#domain/auth/readScope';
import type { Role } from '#domain/auth/roles';

export type StorageKind = 'sqlite' | 'postgres';

export interface Checkpoint {
  /** Server clock of the last document seen. */
  updatedAt: number;
  /** Its id, to break ties between documents written in one batch. */
  id: string;
}

export interface DocRow {
  id: string;
  orgPath: string;
  subjectId: string;
  updatedAt: number;
  deleted: boolean;
  data: string;
  /**
   * A pull row saying "this document left your scope at `updatedAt`": the
   * reader may no longer see it and must drop its copy. `data` is empty.
   */
  departed: boolean;
}

export interface DocWrite {
  id: string;
  orgPath: string;
  subjectId: string;
  /** Another collection whose read rule the document keeps ('' for none). */
  tag: string;
  deleted: boolean;
  data: string;
}

/** Where a written document was before, when the write moved it (another path, subject or tag). */
export type Departure = DocPlace;

export interface PutResult {
  /** The transaction's server clock, stamped on every document written. */
  at: number;
  departures: Departure[];
}

/** A sign-in account's credentials and a copy of its scope (source: the accounts document). */
export interface UserRow {
  id: string;
  username: string;
  passwordHash: string;
  mustChangePassword: boolean;
  disabled: boolean;
  role: Role;
  orgId: string;
  orgPath: string;
  personId: string;
  displayName: string;
  createdAt: number;
  passwordChangedAt: number;
}

export type UserPatch = Partial<Omit<UserRow, 'id' | 'createdAt'>>;

/** A signed-in device. The token itself is never stored, only its SHA-256. */
export interface SessionRow extends DeviceSessionFields {
  userId: string;
  tokenHash: string;
}

/** Sign-in attempts on one key (an account or an address). */
export interface AttemptRow {
  attempts: number;
  lastAttemptAt: number;
  lockedUntil: number;
}

/** Attempts kept in the database, shared by every process (compare-and-set, no lock). */
export interface AttemptTable {
  get(kind: string, key: string): Promise<AttemptRow | undefined>;
  /** Store `next` if the stored row is still `expected` (absent when undefined); false when another process got there first. */
  put(kind: string, key: string, next: AttemptRow, expected: AttemptRow | undefined): Promise<boolean>;
  delete(kind: string, key: string): Promise<void>;
  /** Forget rows without an attempt since `before` that are not locked. */
  sweep(kind: string, before: number): Promise<void>;
}

/** An open change stream, recorded so stream caps hold across processes. */
export interface StreamLease {
  id: string;
  /** The process holding it (its relay's origin). */
  origin: string;
  userId: string;
  openedAt: number;
}

export interface StreamLeaseTable {
  open(lease: StreamLease): Promise<void>;
  close(ids: readonly string[]): Promise<void>;
  /** Live leases beyond the caps, the oldest ones: the user's beyond `perUser`, everyone's beyond `total`. */
  excess(userId: string, perUser: number, total: number, aliveSince: number): Promise<Pick<StreamLease, 'id' | 'origin'>[]>;
  /** A process's leases are still held (it is alive); leases not refreshed since `staleBefore` are dropped. */
  refresh(origin: string, now: number, staleBefore: number): Promise<void>;
}

/** Sign-in days and due times of the statistics rollups (sql/statsStore.ts). */
export interface StatsTables {
  /** Each account's sign-in days (Shanghai day numbers), ascending. */
  signInDays(userIds: readonly string[]): Promise<Map<string, number[]>>;
  /** Where accounts signed in on a new day since `stamp`, and the stamp read up to. */
  signInsSince(stamp: number): Promise<{ orgPaths: string[]; through: number }>;
  /** Schools whose figures change with time alone by `now`. */
  dueSchools(now: number): Promise<string[]>;
  /** The earliest such instant of any school. */
  nextDue(): Promise<number | undefined>;
}

export interface ListDocsOptions {
  /** Only documents whose orgPath starts with this. */
  prefix: string;
  /** Keyset pagination: ids strictly after this one. */
  afterId?: string;
  limit: number;
  includeDeleted?: boolean;
}

/** A stored file (a photo), keyed by the SHA-256 of its bytes. */
export interface FileInfo {
  sha256: string;
  mime: string;
  bytes: number;
  /** Account id of the first uploader. */
  uploadedBy: string;
}

export interface FileRow extends FileInfo {
  data: Uint8Array;
  uploadedAt: number;
}

export interface DocReader {
  getDocs(collection: string, ids: readonly string[]): Promise<DocRow[]>;
  findUserById(id: string): Promise<UserRow | undefined>;
  findUserByUsername(username: string): Promise<UserRow | undefined>;
  /** Usernames equal to `base` or starting with it (for collision numbering). */
  usernamesStartingWith(base: string): Promise<string[]>;
}

/** Everything a write transaction may do. Writers are serialised. */
export interface StorageTx extends DocReader {
  /**
   * The server clock for this transaction: strictly greater than every
   * value handed out before, persisted, the same for every document of the
   * transaction (ties are broken by id in the checkpoint).
   */
  timestamp(): Promise<number>;
  /** Upsert documents; a document that moves leaves a departure at its old place for pulls. */
  putDocs(collection: string, docs: readonly DocWrite[]): Promise<PutResult>;
  /** Documents of `collection` about a subject (accounts of a person), for server-side follow-ups. */
  docsBySubject(collection: string, subjectId: string): Promise<DocRow[]>;
  insertUser(user: UserRow): Promise<void>;
  updateUser(id: string, patch: UserPatch): Promise<void>;
  insertSession(session: SessionRow): Promise<void>;
  /** Revoke every live session of a user, except `exceptSessionId`; returns the revoked ids. */
  revokeUserSessions(userId: string, at: number, exceptSessionId?: string): Promise<string[]>;
  revokeSession(id: string, at: number): Promise<boolean>;
  setMeta(key: string, value: string): Promise<void>;
  /** Stores a file unless stored already (same hash, same bytes); true when new. */
  putFile(file: FileRow): Promise<boolean>;
  /** Records the files a document refers to now, for read checks (see readFile). */
  setFileRefs(collection: string, docId: string, hashes: readonly string[]): Promise<void>;
  /** Record that an account signed in on a (Shanghai) day; true when the day is new for it. */
  recordSignInDay(userId: string, day: number, orgPath: string): Promise<boolean>;
  /** When each school's figures next change with time alone (0: never). */
  setStatsDue(entries: readonly { schoolId: string; dueAt: number }[]): Promise<void>;
  /**
   * Tell every server process on this database, once the transaction has
   * committed and in commit order (PostgreSQL NOTIFY; nothing on SQLite,
   * which has one process).
   */
  announce(payload: string): Promise<void>;
}

/** What transactions wrote at some stamps: the documents still carrying them and the departures they left. */
export interface StampedChanges {
  docs: DocRow[];
  departures: (Departure & { updatedAt: number })[];
}

export interface OwnedLock {
  release(): Promise<void>;
}

/** Stops listening. */
export type Unlisten = () => Promise<void>;

export interface ChangeListener {
  /** An announcement committed by any process (this one included), in commit order. */
  message(payload: string): void;
  /** The connection dropped: announcements may have been missed until it is back. */
  gap(): void;
}

export interface Storage extends DocReader {
  readonly kind: StorageKind;
  /** Sign-in attempts shared across processes (PostgreSQL); undefined where they stay in memory (SQLite). */
  readonly attempts: AttemptTable | undefined;
  /** Open streams of every process (PostgreSQL); undefined with one process (SQLite). */
  readonly streamLeases: StreamLeaseTable | undefined;
  readonly statsTables: StatsTables;
  /**
   * Hold a named lock for as long as this process lives (PostgreSQL: a
   * session advisory lock on its own connection, released when the
   * process or its connection dies); undefined when another process holds
   * it. SQLite has one process: always granted.
   */
  tryOwn(name: string, onLost: () => void): Promise<OwnedLock | undefined>;
  transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T>;
  /**
   * One batch of changes after `checkpoint` within `scope`, ordered by
   * (updatedAt, id), at most `limit` rows: documents in scope, and
   * departures of documents that left it (rows with `departed`).
   */
  pull(collection: string, scope: ReadScope, checkpoint: Checkpoint | null, limit: number): Promise<DocRow[]>;
  /** How many rows pulls from `checkpoint` on would deliver: the same conditions as `pull`. */
  countPull(collection: string, scope: ReadScope, checkpoint: Checkpoint | null): Promise<number>;
  listDocs(collection: string, options: ListDocsOptions): Promise<DocRow[]>;
  findSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  findSession(id: string): Promise<SessionRow | undefined>;
  listSessions(userId: string): Promise<SessionRow[]>;
  touchSession(id: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  fileInfo(sha256: string): Promise<FileInfo | undefined>;
  /**
   * A file with its bytes, if `userId` uploaded it or a live document of a
   * collection in `scopes` (that reader's read scope) refers to it.
   */
  readFile(sha256: string, userId: string, scopes: Readonly<Record<string, ReadScope>>): Promise<{ info: FileInfo; data: Uint8Array } | undefined>;
  /** The documents and departures of `collection` stamped exactly one of `stamps` (what other processes announced). */
  changesAt(collection: string, stamps: readonly number[]): Promise<StampedChanges>;
  /** Listen to every process's announcements; undefined where there is only one process (SQLite). */
  listen(listener: ChangeListener): Promise<Unlisten | undefined>;
  /** Refresh planner statistics (after bulk loads). */
  analyze(): Promise<void>;
  close(): Promise<void>;
}
