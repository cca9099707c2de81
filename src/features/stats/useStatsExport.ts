import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { recordAudit } from '@/db/repositories/audit';
import type { StatsSheet } from '@/import';
import { formatAsOf } from './unitPath';
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
  /**
   * Tables of one unit as one workbook named "<what>-<unit>-<date>.xlsx",
   * each sheet with the unit path and the date of the figures.
   */
  function exportTables(
    what: string,
    unit: { name: string; orgPath: string; path: string },
    asOf: number,
    tables: { title: string; headers: string[]; rows: (string | number)[][] }[],
  ): Promise<number> {
    const date = formatAsOf(asOf);
    const sheets = tables.map((table) => ({ ...table, name: table.title, unitPath: unit.path, asOf: date }));
    return exportSheets(sheets, `${what}-${unit.name}-${date.slice(0, 10)}.xlsx`, unit.orgPath);
  }

  return { exporting, exportTables };
}
