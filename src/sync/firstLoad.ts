/**
 * A collection's first sync outside RxDB's replication protocol (issue 12,
 * docs/county-scale.md §3, design a). RxDB's downstream reads every pulled
 * id twice (the stored document and its "assumed master state") and writes
 * in five transactions per batch; a first sync has nothing to read. Here
 * the server's pull pages are written straight into the collection's
 * storage instance (one id read and one write per document) and, for a
 * collection this user may write, the same state into the replication's
 * meta store (what RxDB would have kept as the assumed master state, so a
 * first edit still goes up with the state it was made on and the server
 * can tell a conflict). Replication then starts from the server checkpoint
 * of the last page (`pull.initialCheckpoint`): every change after it is
 * pulled, none before it is missed (the loader reads the same pull, in the
 * same order). Loaded documents carry `_meta.lwt = LOADED_LWT(start)`, and the
 * upstream starts just above it (`push.initialCheckpoint`), so nothing
 * loaded is pushed back, while everything written on this device after
 * the load began (a later `lwt`) still is.
 *
 * Interrupted (tab closed), the next start resumes from the last page
 * written (a local document keeps the start time and the checkpoint).
 */
import {
  createRevision,
  getPrimaryFieldOfPrimaryKey,
  getRxReplicationMetaInstanceSchema,
  hasEncryption,
  overwritable,
  type BulkWriteRow,
  type RxCollection,
  type RxStorageInstance,
  type WithDeleted,
} from 'rxdb';
import type { ServerCheckpoint } from './collectionReplication';

/** Where RxDB's upstream starts: `{id, lwt}` of the collection's storage. */
export interface ForkCheckpoint {
  id: string;
  lwt: number;
}

export interface FirstLoadResult {
  /** Replication starts its pull here. */
  downstream: ServerCheckpoint | undefined;
  /** And its push here: above every loaded document, below every local write. */
  upstream: ForkCheckpoint;
}

export interface FirstLoadOptions<T> {
  collection: RxCollection<T>;
  /** The replication identifier of replicateCollection (names the meta store). */
  identifier: string;
  /** Whether the collection replicates with push (then the meta store is filled). */
  writable: boolean;
  batchSize: number;
  fetchPage: (checkpoint: ServerCheckpoint | null) => Promise<{ documents: WithDeleted<T>[]; checkpoint: ServerCheckpoint | null }>;
  /** Documents written so far in this call (for the progress). */
  onWritten?: (count: number) => void;
}

interface LoadState {
  startedAt: number;
  checkpoint: ServerCheckpoint | null;
  done: boolean;
}

const WRITE_CONTEXT = 'xiaoan-first-load';
/** Loaded documents are written this far below the load's start, and the upstream starts halfway (strictly between). */
const loadedLwt = (startedAt: number) => startedAt - 1;
const upstreamFrom = (startedAt: number): ForkCheckpoint => ({ id: '', lwt: startedAt - 0.5 });
const stateKey = (identifier: string) => `first-load:${identifier}`;

type StoredDoc = Record<string, unknown> & { _meta: { lwt: number }; _rev: string; _deleted: boolean; _attachments: Record<string, never> };
type MetaDoc = Record<string, unknown> & { _meta: { lwt: number }; _rev: string; _deleted: boolean; _attachments: Record<string, never> };

/**
 * Loads the collection when this device has none of it yet (or resumes an
 * interrupted load); undefined when it already has documents of its own
 * replication, which then goes on as before.
 */
export async function firstLoad<T>(options: FirstLoadOptions<T>): Promise<FirstLoadResult | undefined> {
  const { collection, identifier } = options;
  const db = collection.database;
  const key = stateKey(identifier);
  let state = (await db.getLocal<LoadState>(key))?.toJSON().data;
  if (state?.done) return { downstream: state.checkpoint ?? undefined, upstream: upstreamFrom(state.startedAt) };
  if (!state) {
    // Only a device without any of it: otherwise RxDB's replication already holds its checkpoints and meta states.
    if ((await collection.count().exec()) > 0) return undefined;
    state = { startedAt: Date.now(), checkpoint: null, done: false };
    await db.upsertLocal<LoadState>(key, state);
  }
  const meta = options.writable ? await openMetaInstance(collection, identifier) : undefined;
  try {
    let written = 0;
    let next = options.fetchPage(state.checkpoint);
    for (;;) {
      const page = await next;
      const full = page.documents.length >= options.batchSize;
      // Fetch the next page while this one is written.
      if (full) next = options.fetchPage(page.checkpoint ?? state.checkpoint);
      written += await writePage(collection, meta, page.documents, loadedLwt(state.startedAt));
      options.onWritten?.(written);
      state = { ...state, checkpoint: page.checkpoint ?? state.checkpoint };
      await db.upsertLocal<LoadState>(key, state);
      if (!full) break;
    }
    state = { ...state, done: true };
    await db.upsertLocal<LoadState>(key, state);
  } finally {
    await meta?.close();
  }
  return { downstream: state.checkpoint ?? undefined, upstream: upstreamFrom(state.startedAt) };
}

/** Forget a load's state (the user's data is removed with the database anyway; for tests). */
export async function forgetFirstLoad(collection: RxCollection<unknown>, identifier: string): Promise<void> {
  await (await collection.database.getLocal(stateKey(identifier)))?.remove();
}

/** The meta store RxDB's replication of `identifier` opens (same name and schema: replication/index.js). */
async function openMetaInstance<T>(collection: RxCollection<T>, identifier: string): Promise<RxStorageInstance<MetaDoc, unknown, unknown>> {
  const db = collection.database;
  const schema = collection.schema.jsonSchema;
  return db.storage.createStorageInstance<MetaDoc>({
    databaseName: db.name,
    collectionName: `rx-replication-meta-${await db.hashFunction([collection.name, identifier].join('-'))}`,
    databaseInstanceToken: db.token,
    multiInstance: db.multiInstance,
    options: {},
    schema: getRxReplicationMetaInstanceSchema(schema, hasEncryption(schema)) as never,
    password: db.password,
    devMode: overwritable.isDevMode(),
  });
}

/**
 * One page into the collection and (writable) the meta store. A document
 * already stored is overwritten only when the load wrote it (it changed on
 * the server during the load); one changed on this device since is left as
 * it is, with its meta state too, so its upload meets the server's newer
 * state as a conflict instead of overwriting it.
 */
async function writePage<T>(
  collection: RxCollection<T>,
  meta: RxStorageInstance<MetaDoc, unknown, unknown> | undefined,
  documents: WithDeleted<T>[],
  lwt: number,
): Promise<number> {
  if (!documents.length) return 0;
  const token = collection.database.token;
  const primary = collection.schema.primaryPath as string;
  const storageOf = (doc: WithDeleted<T>): StoredDoc => ({
    ...(doc as Record<string, unknown>),
    _deleted: !!doc._deleted,
    _attachments: {},
    _rev: createRevision(token),
    _meta: { lwt },
  });
  const instance = collection.storageInstance as unknown as RxStorageInstance<StoredDoc, unknown, unknown>;
  const written = await writeRows(instance, token, documents.map((doc) => ({ document: storageOf(doc) })), (inDb) => inDb._meta.lwt === lwt);
  if (meta) {
    const now = Date.now();
    const rows = documents
      .filter((doc) => written.has((doc as Record<string, unknown>)[primary] as string))
      .map((doc) => {
        const itemId = (doc as Record<string, unknown>)[primary] as string;
        const metaDoc: MetaDoc = {
          id: `${itemId}|0`,
          isCheckpoint: '0',
          itemId,
          docData: doc,
          _attachments: {},
          _deleted: false,
          _rev: createRevision(token),
          _meta: { lwt: now },
        };
        return { document: metaDoc };
      });
    await writeRows(meta, token, rows, () => true);
  }
  return written.size;
}

/** bulkWrite; rows refused as already stored are written over their stored state when `overwrite(stored)`. Returns the ids written. */
async function writeRows<D extends Record<string, unknown>>(
  instance: RxStorageInstance<D, unknown, unknown>,
  token: string,
  rows: BulkWriteRow<D>[],
  overwrite: (stored: D) => boolean,
): Promise<Set<string>> {
  const primary = getPrimaryFieldOfPrimaryKey(instance.schema.primaryKey) as string;
  const idOf = (doc: D) => doc[primary] as string;
  const result = await instance.bulkWrite(rows, WRITE_CONTEXT);
  const refused = new Set<string>();
  const again: BulkWriteRow<D>[] = [];
  const byId = new Map(rows.map((row) => [idOf(row.document), row]));
  for (const error of result.error) {
    refused.add(error.documentId);
    if (error.status !== 409) throw new Error(`first load: write of ${error.documentId} failed (${error.status})`);
    const stored = error.documentInDb;
    const row = byId.get(error.documentId);
    if (row && stored && overwrite(stored as D)) {
      again.push({ previous: stored, document: { ...row.document, _rev: createRevision(token, stored) } });
    }
  }
  const retried = again.length ? await instance.bulkWrite(again, WRITE_CONTEXT) : { error: [] };
  const retryRefused = new Set(retried.error.map((e) => e.documentId));
  const overwritten = new Set(again.map((row) => idOf(row.document)).filter((id) => !retryRefused.has(id)));
  return new Set([...byId.keys()].filter((id) => !refused.has(id) || overwritten.has(id)));
}
