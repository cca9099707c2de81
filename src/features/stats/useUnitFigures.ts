import { computed, type Ref } from 'vue';
import { map } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { inSubtree } from '@/db/selectors';
import { useRxQuery } from '@/db/useRxQuery';
import type { StatsDoc } from '@/domain/schemas';
import { subtreeFigures, type UnitFigures } from '@/domain/stats';
import { useStatsDocs } from './useStatsDocs';

/**
 * Figures of every unit in `scopePath`'s subtree, from one of two sources
 * that give the same numbers on the same data (a server test compares them):
 * - `device`: computed here from the offline data (school and township
 *   administrators), with the functions the server uses — activity records,
 *   hazards and the accident register (事故登记);
 * - `server`: the rollups the server keeps per unit (`stats`, replicated
 *   read-only), for county and higher administrators; `asOf` per unit.
 */
export function useUnitFigures(scopePath: Ref<string>, now: Ref<number>, source: Ref<'device' | 'server'>) {
  const db = useDatabase();
  const { docs, loading } = useStatsDocs(scopePath);
  const { data: rollups } = useRxQuery(
    () => scopePath.value,
    (path) => db.stats.find({ selector: inSubtree(path) }).$.pipe(map((rows) => rows.map((r) => r.toJSON() as StatsDoc))),
    [] as StatsDoc[],
  );
  const asOf = computed(() => new Map(rollups.value.map((doc) => [doc.unitId, doc.asOf])));
  const figures = computed<Map<string, UnitFigures>>(() => {
    if (source.value === 'server') return new Map(rollups.value.filter((d) => d.deletedAt === 0).map((d) => [d.unitId, d.figures]));
    const d = docs.value;
    return subtreeFigures(
      { orgs: d.orgs, people: d.people, accounts: d.accounts, content: d.content, activities: d.activities, hazards: d.hazards, accidents: d.accidents },
      now.value,
    );
  });
  return { figures, docs, loading, asOf, rollups };
}
