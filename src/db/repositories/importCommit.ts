import type { RxCollection } from 'rxdb';
import type { AuditDoc, BaseDoc } from '@/domain/schemas';
import type { ImportMode, ImportPlan, ImportWrites, TemplateKind } from '@/import';
import { initialPasswordsOfAccounts, rememberInitialPasswords } from './initialPasswords';
import {
  JOURNAL_COLLECTIONS,
  removeJournal,
  resumeImportJournal,
  rollBackJournal,
  writeJournal,
  type ImportJournal,
  type ImportJournalDocs,
  type JournalWriteCounts,
} from './importJournal';
import { newId, nowOf, stampNew, type WriteContext } from './writeContext';

/**
 * Commit an import plan: the documents the engine planned (units for new
 * classes, identities, people, accounts) plus one audit record, written
 * in parts with bulk operations under the import journal
 * (importJournal.ts): nothing uploads until every part is written, and an
 * import that fails or is interrupted half-way is rolled back. Nothing is
 * deleted that the import did not create.
 */
export interface ImportCommitInput {
  writes: ImportWrites;
  file: string;
  template: TemplateKind;
  mode: ImportMode;
  counts: ImportPlan['counts'];
  /** The school a teacher or student import is for; '' for the unit templates. */
  schoolId: string;
  /** Where the audit record lives: the school's path, or the importing user's unit. */
  auditPath: string;
}

/** What the audit record of an import says, under `detail`. */
export interface ImportAuditDetail {
  file: string;
  template: TemplateKind;
  schoolId: string;
  mode: ImportMode;
  counts: ImportPlan['counts'];
}

export interface ImportCommitResult {
  auditId: string;
  at: number;
  written: JournalWriteCounts;
}

function auditRecord(ctx: WriteContext, input: ImportCommitInput, at: number): AuditDoc {
  const detail: ImportAuditDetail = {
    file: input.file,
    template: input.template,
    schoolId: input.schoolId,
    mode: input.mode,
    counts: { ...input.counts },
  };
  return {
    ...stampNew(ctx, newId('imp'), input.auditPath),
    kind: 'import',
    action: input.template,
    at,
    rowCount: input.counts.new + input.counts.changed,
    detail: { ...detail },
  };
}

/**
 * People per bulk write. One bulk write of 10,000 documents is one main-thread
 * task of 0.4–0.55 s (RxDB's categorisation, then IndexedDB cloning every
 * value as it is put): the page cannot paint meanwhile. A thousand at a time
 * keeps each task near 50 ms for about the same total (bench/importWorkbook.ts).
 */
export const COMMIT_PART_SIZE = 1000;

const emptyDocs = (): ImportJournalDocs => ({ orgs: [], identities: [], people: [], accounts: [], audit: [] });

/**
 * An import's documents in parts of `size` people, each part with the
 * identities and accounts of its people, so the writing order
 * holds for every person: units first (all in the first part), then its
 * identity, the person, its account; the audit record in the last part.
 * Documents of no person in the journal (a changed identity alone, units'
 * accounts) go with the first part.
 */
export function journalParts(docs: ImportJournalDocs, size = COMMIT_PART_SIZE): ImportJournalDocs[] {
  if (docs.people.length <= size) return [docs];
  const partOf = new Map(docs.people.map((person, i) => [person.id, Math.floor(i / size)]));
  const parts = Array.from({ length: Math.ceil(docs.people.length / size) }, emptyDocs);
  const at = (personId: string) => parts[partOf.get(personId) ?? 0] ?? emptyDocs();
  parts[0] = { ...emptyDocs(), orgs: docs.orgs };
  for (const identity of docs.identities) at(identity.id).identities.push(identity);
  for (const person of docs.people) at(person.id).people.push(person);
  for (const account of docs.accounts) at(account.personId).accounts.push(account);
  const last = parts[parts.length - 1];
  if (last) last.audit = docs.audit;
  return parts;
}

/** Let the page paint between two parts: each part is one task of about 50 ms, never several in a row. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function writeAll<T extends BaseDoc>(collection: RxCollection<T>, docs: readonly T[]): Promise<number> {
  if (docs.length === 0) return 0;
  const result = await collection.bulkUpsert([...docs]);
  if (result.error.length > 0) {
    const first = result.error[0];
    throw new Error(`${result.error.length} ${collection.name} documents could not be written (${first?.status ?? ''} ${first?.documentId ?? ''})`);
  }
  return docs.length;
}

/** The journal of an import: the ids it writes, and the stored state of those it changes (few; usually none). */
async function journalOf(ctx: WriteContext, audit: AuditDoc, file: string, docs: ImportJournalDocs): Promise<ImportJournal> {
  const ids = {} as ImportJournal['ids'];
  const previous: ImportJournalDocs = { orgs: [], identities: [], people: [], accounts: [], audit: [] };
  for (const name of JOURNAL_COLLECTIONS) {
    const list: BaseDoc[] = docs[name];
    ids[name] = list.map((d) => d.id);
    // A document the plan created carries the same time in createdAt and modifiedAt; a changed one keeps its createdAt.
    const changed = list.filter((d) => d.createdAt !== d.modifiedAt).map((d) => d.id);
    if (changed.length === 0) continue;
    const collection = ctx.db[name] as unknown as RxCollection<BaseDoc>;
    const stored = await collection.findByIds(changed).exec();
    (previous[name] as BaseDoc[]).push(...[...stored.values()].map((d) => d.toJSON() as BaseDoc));
  }
  return { version: 2, id: audit.id, file, startedAt: audit.at, actor: audit.modifiedBy, stamp: audit.modifiedAt, ids, previous };
}

export async function commitImport(ctx: WriteContext, input: ImportCommitInput): Promise<ImportCommitResult> {
  // An earlier import left unfinished is rolled back first: journals never pile up.
  await resumeImportJournal(ctx.db);
  const { orgs, identities, people, accounts } = input.writes;
  // Every document of the plan carries the plan's time and author; the audit record gets them too.
  const first: BaseDoc | undefined = people[0] ?? identities[0] ?? accounts[0] ?? orgs[0];
  const audit = auditRecord(ctx, input, nowOf(ctx));
  if (first) Object.assign(audit, { createdAt: first.modifiedAt, modifiedAt: first.modifiedAt, modifiedBy: first.modifiedBy });
  const docs: ImportJournalDocs = { orgs, identities, people, accounts, audit: [audit] };
  const journal = await journalOf(ctx, audit, input.file, docs);
  await writeJournal(ctx.db, journal);
  const written: JournalWriteCounts = { orgs: 0, identities: 0, people: 0, accounts: 0, audit: 0 };
  try {
    for (const part of journalParts(docs)) {
      // Units before the people in them, identities before people (nobody is listed without an
      // ID number on file), accounts after their people, the audit record last.
      written.orgs += await writeAll(ctx.db.orgs, part.orgs);
      written.identities += await writeAll(ctx.db.identities, part.identities);
      written.people += await writeAll(ctx.db.people, part.people);
      written.accounts += await writeAll(ctx.db.accounts, part.accounts);
      written.audit += await writeAll(ctx.db.audit, part.audit);
      await yieldToPage();
    }
    // The slips of this import read the passwords from the device's own store (initialPasswords.ts).
    await rememberInitialPasswords(ctx.db, initialPasswordsOfAccounts(accounts));
  } catch (error) {
    // All or nothing: undo what was written. If even that fails, the next start rolls back.
    await rollBackJournal(ctx.db, journal).catch((rollbackError: unknown) => console.error('[import] rollback failed', rollbackError));
    throw error;
  }
  await removeJournal(ctx.db);
  return { auditId: audit.id, at: audit.at, written };
}
