import { useI18n } from 'vue-i18n';
import type { AccountDoc, OrgDoc } from '@/domain/schemas';
import { accountListEntries, writeAccountList } from '@/import';
import { labelledUnits } from './accountUnits';
import { downloadBytes } from './download';

/** 导出账号清单: the accounts as an .xlsx (name, school/class, username, initial password). */
export function useAccountList() {
  const { t } = useI18n();
  return (accounts: readonly AccountDoc[], byId: ReadonlyMap<string, OrgDoc>, unitName: string): void => {
    const entries = accountListEntries(accounts, labelledUnits(accounts, byId));
    const bytes = writeAccountList(entries, t('importUi.result.listTitle', { unit: unitName }));
    downloadBytes(bytes, t('importUi.result.listFileName', { unit: unitName }));
  };
}
