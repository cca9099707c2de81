import type { AuditDoc } from '@/domain/schemas';
import type { ImportMode, ImportPlan, ImportWrites, TemplateKind } from '@/import';
import { applyJournal, removeJournal, resumeImportJournal, writeJournal, type ImportJournal, type JournalWriteCounts } from './importJournal';
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
  const written = await applyJournal(ctx.db, journal);
  await removeJournal(ctx.db);
  return { auditId: audit.id, at, written };
}
