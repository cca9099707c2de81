import type { AuditDoc } from '@/domain/schemas';
import type { ImportMode, ImportPlan, ImportWrites, TemplateKind } from '@/import';
import {
  applyJournal,
  removeJournal,
  resumeImportJournal,
  writeJournal,
  type ImportJournal,
  type ImportJournalDocs,
  type JournalWriteCounts,
} from './importJournal';
import { newId, nowOf, stampNew, type WriteContext } from './writeContext';

/**
 * Commit an import plan: the documents the engine planned (units for new
 * classes, identities, people, accounts) plus one audit record, written
 * with bulk operations through the import journal (importJournal.ts), so a
 * crash half-way is completed when the app opens again. Nothing is deleted.
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
 * A journal's documents in parts of `size` people, each part with the
 * identities and accounts of its people, so the order applyJournal keeps
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

export async function commitImport(ctx: WriteContext, input: ImportCommitInput): Promise<ImportCommitResult> {
  // An earlier import left unfinished is completed first: journals never pile up.
  await resumeImportJournal(ctx.db);
  const at = nowOf(ctx);
  const audit = auditRecord(ctx, input, at);
  const { orgs, identities, people, accounts } = input.writes;
  const journal: ImportJournal = {
    version: 1,
    id: audit.id,
    file: input.file,
    startedAt: at,
    docs: { orgs, identities, people, accounts, audit: [audit] },
  };
  await writeJournal(ctx.db, journal);
  // Applied part by part; a crash in between is completed from the whole journal like any other.
  const written: JournalWriteCounts = { orgs: 0, identities: 0, people: 0, accounts: 0, audit: 0 };
  for (const docs of journalParts(journal.docs)) {
    const counts = await applyJournal(ctx.db, { ...journal, docs });
    for (const key of Object.keys(written) as (keyof JournalWriteCounts)[]) written[key] += counts[key];
  }
  await removeJournal(ctx.db);
  return { auditId: audit.id, at, written };
}
