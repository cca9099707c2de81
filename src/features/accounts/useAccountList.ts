import { useI18n } from 'vue-i18n';
import { saveFile } from '@/features/shared/saveFile';
import type { AccountDoc, OrgDoc } from '@/domain/schemas';
import { byUnitThenName, labelledUnits } from './accountUnits';

/**
 * 导出账号清单: the accounts as an .xlsx (name, school/class, username,
 * initial password). SheetJS loads only when someone exports, so pages
 * that merely offer the button (the accounts page) stay light.
 */
export function useAccountList() {
  const { t } = useI18n();
  return async (accounts: readonly AccountDoc[], byId: ReadonlyMap<string, OrgDoc>, unitName: string): Promise<void> => {
    const { accountListEntries, writeAccountList } = await import('@/import');
    // The same order as the slips: by unit, then by the domain's name order.
    const sorted = [...accounts].sort(byUnitThenName(byId));
    const entries = accountListEntries(sorted, labelledUnits(sorted, byId));
    const bytes = writeAccountList(entries, t('importUi.result.listTitle', { unit: unitName }));
    saveFile(bytes, t('importUi.result.listFileName', { unit: unitName }));
  };
}
