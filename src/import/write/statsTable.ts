import { utils, write } from 'xlsx';
import { safeSheetName } from './layout';

/**
 * A statistics table as a workbook: row 1 the title, row 2 the unit path
 * and the date of the figures (数据截至), row 3 the headers, data from row 4.
 * Counts are numbers; rates and absent figures (暂无) are text as shown.
 * Several tables (the dashboard's table and its charts' data) go to
 * separate sheets.
 */
export interface StatsSheet {
  name: string;
  title: string;
  /** "河南省/信阳市/浉河区". */
  unitPath: string;
  /** The date of the figures, formatted for people. */
  asOf: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export function writeStatsWorkbook(sheets: readonly StatsSheet[], labels: { unit: string; asOf: string }): Uint8Array {
  const workbook = utils.book_new();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = utils.aoa_to_sheet([
      [sheet.title],
      [`${labels.unit}：${sheet.unitPath}`, '', '', `${labels.asOf}：${sheet.asOf}`],
      [...sheet.headers],
      ...sheet.rows.map((row) => [...row]),
    ]);
    worksheet['!cols'] = sheet.headers.map((_, i) => ({ wch: i === 0 ? 24 : 12 }));
    const name = safeSheetName(sheet.name, taken);
    taken.add(name);
    utils.book_append_sheet(workbook, worksheet, name);
  }
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
