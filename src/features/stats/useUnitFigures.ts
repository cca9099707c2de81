import { computed, type Ref } from 'vue';
import { subtreeFigures, type UnitFigures } from '@/domain/stats';
import { useStatsDocs } from './useStatsDocs';

/**
 * Figures of every unit in `scopePath`'s subtree, computed on this device
 * from its offline data (school and township administrators; the same
 * functions compute the server's rollups). A feature with no documents in
 * the subtree at all is passed as absent, so it shows 暂无 rather than 0.
 */
export function useUnitFigures(scopePath: Ref<string>, now: Ref<number>) {
  const { docs, loading } = useStatsDocs(scopePath);
  const figures = computed<Map<string, UnitFigures>>(() => {
    const d = docs.value;
    return subtreeFigures(
      {
        orgs: d.orgs,
        people: d.people,
        accounts: d.accounts,
        content: d.content,
        activities: d.activities.length ? d.activities : undefined,
        hazards: d.hazards.length ? d.hazards : undefined,
      },
      now.value,
    );
  });
  return { figures, docs, loading };
}
