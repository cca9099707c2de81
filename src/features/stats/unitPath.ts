import type { OrgDoc } from '@/domain/schemas';

/** Names from the root down to the unit: "河南省/信阳市/浉河区". */
export function unitPathText(unit: Pick<OrgDoc, 'orgPath' | 'name'> | null, byId: ReadonlyMap<string, Pick<OrgDoc, 'name'>>): string {
  if (!unit) return '/';
  return unit.orgPath
    .split('/')
    .filter(Boolean)
    .map((id) => byId.get(id)?.name ?? id)
    .join('/');
}

/** "2026-11-29 12:50" in the device's time zone. */
export function formatAsOf(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
