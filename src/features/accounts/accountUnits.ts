import { compareNames } from '@/domain/roster/nameOrder';
import type { AccountDoc, OrgDoc } from '@/domain/schemas';

/** Where an account belongs, as slips and lists show it: 董家河镇中心小学 一年级一班, or the unit's name. */
export function unitLabel(orgId: string, byId: ReadonlyMap<string, OrgDoc>): string {
  const unit = byId.get(orgId);
  if (!unit) return '';
  if (unit.kind !== 'class') return unit.name;
  const school = byId.get(unit.parentId);
  return school ? `${school.name} ${unit.name}` : unit.name;
}

/** The units of some accounts, named by unitLabel, for the engine's account list. */
export function labelledUnits(accounts: readonly AccountDoc[], byId: ReadonlyMap<string, OrgDoc>): { id: string; name: string }[] {
  return [...new Set(accounts.map((a) => a.orgId))].map((id) => ({ id, name: unitLabel(id, byId) }));
}

/** Slips and lists in a stable order: by unit (the tree's order), then by name. */
export function byUnitThenName(byId: ReadonlyMap<string, OrgDoc>) {
  const collator = new Intl.Collator('zh-CN');
  return (a: AccountDoc, b: AccountDoc): number =>
    collator.compare(byId.get(a.orgId)?.sortKey ?? '', byId.get(b.orgId)?.sortKey ?? '') || compareNames(a.displayName, b.displayName);
}
