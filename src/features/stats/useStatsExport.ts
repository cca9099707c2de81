import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { recordAudit } from '@/db/repositories/audit';
import type { StatsSheet } from '@/import';
import { saveFile } from '@/features/shared/saveFile';
import { useWriteContext } from '@/features/shared/useWriteContext';
import { useSessionStore } from '@/stores/session';
import { isWithin } from '@/domain/org/path';

/**
 * Saves statistics tables as one Excel workbook (SheetJS loaded only now)
 * and records the export in the audit log, at the listed unit or the
 * user's own one.
 */
export function useStatsExport() {
  const { t } = useI18n();
  const ctx = useWriteContext();
  const session = useSessionStore();
  const exporting = ref(false);

  async function exportSheets(sheets: StatsSheet[], fileName: string, unitOrgPath: string): Promise<number> {
    exporting.value = true;
    try {
      const { writeStatsWorkbook } = await import('@/import');
      const bytes = writeStatsWorkbook(sheets, { unit: t('stats.unit'), asOf: t('stats.asOfLabel') });
      const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
      const own = session.user?.orgPath ?? '/';
      await recordAudit(ctx, { kind: 'export', action: 'stats.table', rowCount: rows, orgPath: isWithin(unitOrgPath, own) ? unitOrgPath : own, detail: {} });
      saveFile(bytes, fileName);
      return rows;
    } finally {
      exporting.value = false;
    }
  }
  return { exporting, exportSheets };
}
