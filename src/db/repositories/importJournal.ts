import { initialPasswordsOfAccounts, rememberInitialPasswords } from './initialPasswords';
import type { RxCollection } from 'rxdb';
import type { AccountDoc, AuditDoc, BaseDoc, IdentityDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * The import journal: before an import writes to several collections, the
 * documents it will write are stored in one RxDB local document (device
 * only, never replicated). Writing is then repeatable: if the tab closes or
 * the browser crashes half-way, re-applying the journal when the database
 * opens again completes the import, so from the user's view an import has
 * either happened entirely or not at all.
 */
export const JOURNAL_ID = 'import-journal';
/** Left behind when a journal was re-applied, so the import page can say so once. */
export const RESUMED_ID = 'import-resumed';

export interface ImportJournalDocs {
  orgs: OrgDoc[];
  identities: IdentityDoc[];
  people: PersonDoc[];
  accounts: AccountDoc[];
  audit: AuditDoc[];
}

export interface ImportJournal {
  version: 1;
  /** The audit record's id: one journal per import. */
  id: string;
  file: string;
  startedAt: number;
  docs: ImportJournalDocs;
}

export interface ResumedImport {
  file: string;
  at: number;
  documents: number;
}

/** Documents written per collection by one application of a journal. */
export type JournalWriteCounts = Record<keyof ImportJournalDocs, number>;

function isJournal(value: unknown): value is ImportJournal {
  if (typeof value !== 'object' || value === null) return false;
  const journal = value as Partial<ImportJournal>;
  const docs = journal.docs as Partial<ImportJournalDocs> | undefined;
  return (
    journal.version === 1 &&
    typeof journal.id === 'string' &&
    !!docs &&
    [docs.orgs, docs.identities, docs.people, docs.accounts, docs.audit].every(Array.isArray)
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

/**
 * Upsert the documents this import has not written yet: those missing, or
 * stored in an older version. Every document of one import carries the
 * import's time in `modifiedAt`, so a document already written (and
 * perhaps since changed by the server, e.g. an account's final username)
 * is left alone, and a re-application writes nothing twice.
 */
async function upsertPending<T extends BaseDoc>(collection: RxCollection<T>, docs: readonly T[]): Promise<number> {
  if (docs.length === 0) return 0;
  const stored = await collection.findByIds(docs.map((d) => d.id)).exec();
  const pending = docs.filter((doc) => {
    const current = stored.get(doc.id);
    return !current || current.modifiedAt < doc.modifiedAt;
  });
  if (pending.length === 0) return 0;
  const result = await collection.bulkUpsert(pending);
  if (result.error.length > 0) {
    const first = result.error[0];
    throw new Error(`${result.error.length} ${collection.name} documents could not be written (${first?.status ?? ''} ${first?.documentId ?? ''})`);
  }
  return pending.length;
}

/**
 * Write a journal's documents, collection by collection in dependency
 * order: units before the people in them, identities before people (a
 * person is never listed without its ID number on file — the same order
 * as createPerson), accounts after the people they are for, the audit
 * record last.
 */
export async function applyJournal(db: XiaoanDatabase, journal: ImportJournal): Promise<JournalWriteCounts> {
  const { docs } = journal;
  const orgs = await upsertPending(db.orgs, docs.orgs);
  const identities = await upsertPending(db.identities, docs.identities);
  const people = await upsertPending(db.people, docs.people);
  const accounts = await upsertPending(db.accounts, docs.accounts);
  // The slips of this import read the passwords from the device's own store (initialPasswords.ts).
  await rememberInitialPasswords(db, initialPasswordsOfAccounts(docs.accounts));
  const audit = await upsertPending(db.audit, docs.audit);
  return { orgs, identities, people, accounts, audit };
}

/**
 * Complete an import a crash or a closed tab interrupted, if any. Called by
 * the session store right after it opens the user's database, before
 * replication starts, so the completed import uploads like any other.
 * Returns what was resumed, or null when there was nothing to do.
 */
export async function resumeImportJournal(db: XiaoanDatabase): Promise<ResumedImport | null> {
  const journal = await readJournal(db);
  if (!journal) return null;
  const counts = await applyJournal(db, journal);
  const documents = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const resumed: ResumedImport = { file: journal.file, at: journal.startedAt, documents };
  await db.upsertLocal<ResumedImport>(RESUMED_ID, resumed);
  await removeJournal(db);
  return resumed;
}

/** The last resumed import, for a one-time notice; reading it clears it. */
export async function takeResumedImport(db: XiaoanDatabase): Promise<ResumedImport | null> {
  const doc = await db.getLocal<ResumedImport>(RESUMED_ID);
  if (!doc) return null;
  const data = doc.toJSON().data as ResumedImport;
  await doc.remove();
  return data;
}

/**
 * resumeImportJournal for the session store: a journal that cannot be
 * applied now (e.g. storage full) is kept for the next start and reported
 * on the console, but never stops the user from signing in.
 */
export async function completeInterruptedImport(db: XiaoanDatabase): Promise<ResumedImport | null> {
  try {
    return await resumeImportJournal(db);
  } catch (error) {
    console.error('[import] could not complete an interrupted import; will retry at next start', error);
    return null;
  }
}
