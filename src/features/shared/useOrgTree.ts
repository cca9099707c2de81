import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { isWithin } from '@/domain/org/path';
import type { OrgDoc } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';
import { buildOrgTree } from './orgTreeNodes';

/**
 * All organisation units on this device, live, and the tree built from
 * them. The device also holds the units above the user (their names label
 * records and titles); the tree starts at the user's own unit, since
 * nothing above it can be managed from here.
 */
export function useOrgTree() {
  const db = useDatabase();
  const session = useSessionStore();
  const { data: orgs, loading } = useRxQuery(
    () => null,
    () => db.orgs.find({ selector: { deletedAt: 0 } }).$,
    [],
  );
  const units = computed<OrgDoc[]>(() =>
    orgs.value.map((d) => d.toJSON() as OrgDoc).sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'zh-CN')),
  );
  const tree = computed(() => {
    const own = session.user?.orgPath ?? '/';
    return buildOrgTree(units.value.filter((u) => isWithin(u.orgPath, own)));
  });
  const byId = computed(() => new Map(units.value.map((u) => [u.id, u])));
  return { units, tree, byId, loading };
}
