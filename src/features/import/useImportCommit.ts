import { ref, shallowRef } from 'vue';
import { commitImport } from '@/db/repositories/importCommit';
import { useWriteContext } from '@/features/shared/useWriteContext';
import type { ImportMode, ImportPlan, TemplateKind } from '@/import';
import type { TimedPlan } from './useImportRun';

/** Where and what an import writes, besides the plan. */
export interface CommitTarget {
  file: string;
  template: TemplateKind;
  /** The target school of a teacher or student import, else ''. */
  schoolId: string;
  /** The unit whose accounts the slips list: the school, or the importing user's unit. */
  unitId: string;
  /** Where the audit record is kept. */
  auditPath: string;
}

export interface CommittedImport extends CommitTarget {
  mode: ImportMode;
  counts: ImportPlan['counts'];
  /** The import's time: createdAt of every document it created. */
  at: number;
  auditId: string;
  /** The accounts this import opened, in the file's order. */
  accountIds: string[];
}

/** Commit a plan through the repository (journal, bulk writes, audit record). */
export function useImportCommit() {
  const ctx = useWriteContext();
  const committing = ref(false);
  const failure = ref('');
  const committed = shallowRef<CommittedImport | null>(null);

  /** `load` gives the plan to commit (the one previewed, or a re-plan of valid rows only). */
  async function commit(load: () => Promise<TimedPlan>, target: CommitTarget): Promise<boolean> {
    committing.value = true;
    failure.value = '';
    try {
      const { plan, now } = await load();
      if (plan.refused) throw new Error(plan.refused);
      const result = await commitImport(ctx, {
        writes: plan.writes,
        file: target.file,
        template: target.template,
        mode: plan.mode,
        counts: plan.counts,
        schoolId: target.schoolId,
        auditPath: target.auditPath,
      });
      const accountIds = plan.writes.accounts.filter((a) => a.createdAt === now).map((a) => a.id);
      committed.value = { ...target, mode: plan.mode, counts: plan.counts, at: now, auditId: result.auditId, accountIds };
      return true;
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      committing.value = false;
    }
  }

  function reset(): void {
    committed.value = null;
    failure.value = '';
  }

  return { committing, failure, committed, commit, reset };
}
