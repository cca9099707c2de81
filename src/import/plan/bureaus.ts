import type { CheckedRow } from '../checks/checkWorkbook';
import { hasAccount, type UnitsContext } from './schools';
import type { ImportWrites, PlannedRow } from './types';

/**
 * Bureaus template: one county administrator account per row, for the
 * county the bureau runs (matched by name in the checks). Counties are
 * not created here: regions come from the GB/T 2260 division list. The
 * phone and e-mail are checked but not stored: accounts have no such
 * fields (see the report of issue 4).
 */
export function planBureaus(ctx: UnitsContext, rows: readonly CheckedRow[]): { rows: PlannedRow[]; writes: Pick<ImportWrites, 'accounts'> } {
  const writes: Pick<ImportWrites, 'accounts'> = { accounts: [] };
  const planned = rows.map((row): PlannedRow => {
    const at = { key: row.key, sheet: row.sheet, row: row.row };
    const record = row.record?.type === 'bureau' ? row.record.value : null;
    const county = record ? ctx.orgs.find((o) => o.id === record.countyId && o.kind === 'county') : undefined;
    if (row.faulty || !record || !county) return { ...at, status: 'faulty', changes: county || !record ? [] : ['county'], recordId: '' };
    if (hasAccount(ctx.accounts, county.id, 'county_admin', record.person)) return { ...at, status: 'unchanged', changes: [], recordId: county.id };
    writes.accounts.push(ctx.makeAccount({ role: 'county_admin', orgId: county.id, orgPath: county.orgPath, displayName: record.person }));
    const existed = ctx.accounts.some((a) => a.orgId === county.id && a.role === 'county_admin' && !a.disabledAt);
    return { ...at, status: existed ? 'changed' : 'new', changes: existed ? ['account'] : [], recordId: county.id };
  });
  return { rows: planned, writes };
}
