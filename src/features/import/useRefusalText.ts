import { useI18n } from 'vue-i18n';
import type { ImportPlan, RefusalReason } from '@/import';

const KEYS: Record<RefusalReason, string> = {
  fileFaulty: 'import.plan.refusedFile',
  faultyRows: 'import.plan.refusedFaulty',
  schoolMissing: 'import.plan.schoolMissing',
  nothingToImport: 'import.plan.nothingToImport',
};

/** Why a plan may not be committed, as the engine's messages say it. */
export function useRefusalText() {
  const { t } = useI18n();
  return (plan: ImportPlan): string => (plan.refused ? t(KEYS[plan.refused], { count: plan.counts.faulty }) : '');
}
