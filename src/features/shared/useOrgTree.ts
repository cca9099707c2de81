import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import type { OrgDoc } from '@/domain/schemas';
import { buildOrgTree } from './orgTreeNodes';

/** All organisation units on this device, live, and the tree built from them. */
export function useOrgTree() {
  const db = useDatabase();
  const { data: orgs, loading } = useRxQuery(
    () => null,
    () => db.orgs.find({ selector: { deletedAt: 0 } }).$,
    [],
  );
  const units = computed<OrgDoc[]>(() =>
    orgs.value.map((d) => d.toJSON() as OrgDoc).sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'zh-CN')),
  );
  const tree = computed(() => buildOrgTree(units.value));
  const byId = computed(() => new Map(units.value.map((u) => [u.id, u])));
  return { units, tree, byId, loading };
}
