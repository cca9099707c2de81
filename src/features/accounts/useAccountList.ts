import { useI18n } from 'vue-i18n';
import { saveFile } from '@/features/shared/saveFile';
import type { AccountDoc, OrgDoc } from '@/domain/schemas';
import { byUnitThenName, labelledUnits } from './accountUnits';

/**
 * 导出账号清单: the accounts as an .xlsx (name, school/class, role,
 * username, initial password while it is still in force), titled with the
 * listed unit. SheetJS loads only when someone exports, so pages
 * that merely offer the button (the accounts page) stay light.
 */
export function useAccountList() {
  const { t } = useI18n();
  return async (accounts: readonly AccountDoc[], byId: ReadonlyMap<string, OrgDoc>, unitName: string): Promise<void> => {
    const { accountListEntries, writeAccountList } = await import('@/import');
    // The same order as the slips: by unit, then by the domain's name order.
    const sorted = [...accounts].sort(byUnitThenName(byId));
    const entries = accountListEntries(sorted, labelledUnits(sorted, byId));
    // Role names as the app shows them, in the language the file is written for.
    const bytes = writeAccountList(entries, t('importUi.result.listTitle', { unit: unitName }), (role) => t(`accounts.roles.${role}`));
    saveFile(bytes, t('importUi.result.listFileName', { unit: unitName }));
  };
}
