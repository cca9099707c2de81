import { normalizeCompact } from '@/domain';
import { CITY_DIRECT } from '../templates';
import type { ScopeUnit } from './context';

/**
 * Parent units named in the schools and bureaus templates, looked up among
 * the administrator's units by name.
 */
const BUREAU_SUFFIX = /(教育和体育局|教育体育局|教体局|文教局|教育局)$/;

function named(units: readonly ScopeUnit[], kinds: readonly ScopeUnit['kind'][], name: string): ScopeUnit | undefined {
  const key = normalizeCompact(name);
  return units.find((u) => kinds.includes(u.kind) && normalizeCompact(u.name) === key);
}

/** 县（区、市）: a county or township by name, or 市直属 → the (single) city in scope. */
export function schoolParentUnit(units: readonly ScopeUnit[], text: string): ScopeUnit | undefined {
  if (normalizeCompact(text) === CITY_DIRECT) {
    const cities = units.filter((u) => u.kind === 'city');
    return cities.length === 1 ? cities[0] : undefined;
  }
  return named(units, ['county', 'township', 'city'], text);
}

/** 浉河区教育局 → the county 浉河区. */
export function bureauCounty(units: readonly ScopeUnit[], bureauName: string): ScopeUnit | undefined {
  const county = normalizeCompact(bureauName).replace(BUREAU_SUFFIX, '');
  return named(units, ['county'], county);
}
