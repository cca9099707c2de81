import type { RxCollection } from 'rxdb';
import type { AccountDoc, AuditDoc, BaseDoc, IdentityDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * The import journal: one small RxDB local document (device only, never
 * replicated) written before an import writes to several collections. It
 * lists the ids the import writes and the earlier state of the few
 * documents it changes — never a copy of the new documents (a 10,000-student
 * import is 30,000 documents, 14 MB: copying them first cost as much again).
 *
 * While a journal is open nothing is uploaded (the sync controller asks
 * `importInProgress`), so the import's documents reach the server only
 * once all of them are written. If the tab closes or the browser crashes
 * half-way, the next start rolls the import back (`resumeImportJournal`):
 * the documents it created are removed, those it changed get their earlier
 * state back. From the user's view an import has happened entirely or not
 * at all, and the page says so once.
 */
export const JOURNAL_ID = 'import-journal';
/** Left behind when a journal was rolled back, so the import page can say so once. */
export const RESUMED_ID = 'import-resumed';
/** Ids of documents a rollback removed before they were ever uploaded: their removals are not uploaded either. */
export const ROLLED_BACK_ID = 'import-rolled-back';

/** The collections an import writes, in the order it writes them. */
export const JOURNAL_COLLECTIONS = ['orgs', 'identities', 'people', 'accounts', 'audit'] as const;
export type JournalCollection = (typeof JOURNAL_COLLECTIONS)[number];

export interface ImportJournalDocs {
  orgs: OrgDoc[];
  identities: IdentityDoc[];
  people: PersonDoc[];
  accounts: AccountDoc[];
  audit: AuditDoc[];
}

export interface ImportJournal {
  version: 2;
  /** The audit record's id: one journal per import. */
  id: string;
  file: string;
  startedAt: number;
  /** Who imported; with `stamp`, what marks a document as written by this import. */
  actor: string;
  /** `modifiedAt` of every document the import writes (the plan's time). */
  stamp: number;
  ids: Record<JournalCollection, string[]>;
  /** The stored state of every document the import changes (rather than creates). */
  previous: ImportJournalDocs;
}

export interface ResumedImport {
  file: string;
  at: number;
  /** Documents removed or put back by the rollback. */
  documents: number;
}

/** Documents written per collection by one import. */
export type JournalWriteCounts = Record<JournalCollection, number>;

function isJournal(value: unknown): value is ImportJournal {
  if (typeof value !== 'object' || value === null) return false;
  const journal = value as Partial<ImportJournal>;
  return (
    journal.version === 2 &&
    typeof journal.id === 'string' &&
    typeof journal.stamp === 'number' &&
    JOURNAL_COLLECTIONS.every((c) => Array.isArray(journal.ids?.[c]) && Array.isArray(journal.previous?.[c]))
  );
}

export async function readJournal(db: XiaoanDatabase): Promise<ImportJournal | null> {
  const doc = await db.getLocal<ImportJournal>(JOURNAL_ID);
  const data: unknown = doc?.toJSON().data;
  return isJournal(data) ? data : null;
}

export async function writeJournal(db: XiaoanDatabase, journal: ImportJournal): Promise<void> {
  await db.upsertLocal<ImportJournal>(JOURNAL_ID, journal);
}

export async function removeJournal(db: XiaoanDatabase): Promise<void> {
  await (await db.getLocal(JOURNAL_ID))?.remove();
}

/** Whether an import is being written (in this tab or another): uploads wait for it. */
export async function importInProgress(db: XiaoanDatabase): Promise<boolean> {
  return (await db.getLocal(JOURNAL_ID)) !== null;
}

/** The documents a rollback removed before they were uploaded (see ROLLED_BACK_ID). */
export async function rolledBackIds(db: XiaoanDatabase): Promise<Set<string>> {
  const doc = await db.getLocal<{ ids: string[] }>(ROLLED_BACK_ID);
  return new Set(doc?.toJSON().data.ids ?? []);
}

async function rememberRolledBack(db: XiaoanDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = await rolledBackIds(db);
  await db.upsertLocal<{ ids: string[] }>(ROLLED_BACK_ID, { ids: [...known, ...ids] });
}

/** Undo one collection's part of an import: created documents removed, changed ones put back. */
async function rollBack<T extends BaseDoc>(
  collection: RxCollection<T>,
  journal: ImportJournal,
  ids: readonly string[],
  previous: readonly T[],
): Promise<{ removed: string[]; restored: number }> {
  if (ids.length === 0) return { removed: [], restored: 0 };
  const stored = await collection.findByIds([...ids]).exec();
  // Only what this import wrote: the same time and author on every document it wrote.
  const written = [...stored.values()].filter((d) => d.modifiedAt === journal.stamp && d.modifiedBy === journal.actor);
  const before = new Map(previous.map((d) => [d.id, d]));
  const restore = written.flatMap((d) => before.get(d.id) ?? []);
  const remove = written.filter((d) => !before.has(d.id)).map((d) => d.id);
  if (restore.length) {
    const result = await collection.bulkUpsert(restore);
    if (result.error.length) throw new Error(`${result.error.length} ${collection.name} documents could not be put back`);
  }
  if (remove.length) {
    const result = await collection.bulkRemove(remove);
    if (result.error.length) throw new Error(`${result.error.length} ${collection.name} documents could not be removed`);
  }
  return { removed: remove, restored: restore.length };
}

/**
 * Roll an open journal back, collection by collection in the reverse of
 * the writing order (the audit record first, units last), then close it.
 * Returns the documents removed or put back.
 */
export async function rollBackJournal(db: XiaoanDatabase, journal: ImportJournal): Promise<number> {
  let documents = 0;
  const removed: string[] = [];
  for (const name of [...JOURNAL_COLLECTIONS].reverse()) {
    const collection = db[name] as unknown as RxCollection<BaseDoc>;
    const result = await rollBack(collection, journal, journal.ids[name], journal.previous[name]);
    documents += result.removed.length + result.restored;
    removed.push(...result.removed);
  }
  await rememberRolledBack(db, removed);
  await removeJournal(db);
  return documents;
}

/**
 * Roll back an import a crash or a closed tab interrupted, if any. Called
 * by the session store right after it opens the user's database, before
 * replication starts. Returns what was rolled back, or null.
 */
export async function resumeImportJournal(db: XiaoanDatabase): Promise<ResumedImport | null> {
  const journal = await readJournal(db);
  if (!journal) {
    // A journal of an older version (a full copy of the documents) is not rolled back: drop it.
    await removeJournal(db);
    return null;
  }
  const documents = await rollBackJournal(db, journal);
  const resumed: ResumedImport = { file: journal.file, at: journal.startedAt, documents };
  await db.upsertLocal<ResumedImport>(RESUMED_ID, resumed);
  return resumed;
}

/** The last rolled-back import, for a one-time notice; reading it clears it. */
export async function takeResumedImport(db: XiaoanDatabase): Promise<ResumedImport | null> {
  const doc = await db.getLocal<ResumedImport>(RESUMED_ID);
  if (!doc) return null;
  const data = doc.toJSON().data as ResumedImport;
  await doc.remove();
  return data;
}

/**
 * resumeImportJournal for the session store: a journal that cannot be
 * rolled back now (e.g. storage full) is kept for the next start (and keeps
 * uploads waiting) and reported on the console, but never stops the user
 * from signing in.
 */
export async function completeInterruptedImport(db: XiaoanDatabase): Promise<ResumedImport | null> {
  try {
    return await resumeImportJournal(db);
  } catch (error) {
    console.error('[import] could not roll back an interrupted import; will retry at next start', error);
    return null;
  }
}
