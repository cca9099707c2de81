import { computed, reactive } from 'vue';
import { useDatabase } from '@/db/provide';
import { inSubtree } from '@/db/selectors';
import { useRxQuery } from '@/db/useRxQuery';
import { asHazardState } from '@/db/repositories/hazards';
import { countHazards, isOverdue, type HazardCategory, type HazardLevel, type HazardState, type HazardStatus } from '@/domain/hazards';
import { useSelectedUnit } from '@/features/shared/useSelectedUnit';
import { useSessionStore } from '@/stores/session';

export type ListedHazard = HazardState & { id: string; orgPath: string };

export interface HazardFilter {
  status: HazardStatus | 'open' | '';
  level: HazardLevel | '';
  category: HazardCategory | '';
  overdueOnly: boolean;
}

/** The hazards of the unit in focus (the tree's selection, else one's own unit) with filters and counts. */
export function useHazardList() {
  const db = useDatabase();
  const session = useSessionStore();
  const { unit, byId } = useSelectedUnit();
  const path = computed(() => unit.value?.orgPath ?? session.user?.orgPath ?? '/');
  const { data: docs, loading } = useRxQuery(path, (p) => db.hazards.find({ selector: inSubtree(p) }).$, []);
  const all = computed<ListedHazard[]>(() => docs.value.map((d) => ({ ...asHazardState(d.toMutableJSON()), id: d.id, orgPath: d.orgPath })));
  const filter = reactive<HazardFilter>({ status: 'open', level: '', category: '', overdueOnly: false });
  const now = Date.now();
  const shown = computed(() =>
    all.value
      .filter((h) => {
        if (filter.status === 'open' ? h.status === 'closed' : filter.status && h.status !== filter.status) return false;
        if (filter.level && h.level !== filter.level) return false;
        if (filter.category && h.category !== filter.category) return false;
        return !filter.overdueOnly || isOverdue(h, now);
      })
      // Supervised first, then the nearest deadline.
      .sort((a, b) => Number(b.supervised) - Number(a.supervised) || a.deadline - b.deadline),
  );
  const counts = computed(() => countHazards(all.value, now));
  const schoolName = (id: string) => byId.value.get(id)?.name ?? id;
  return { all, shown, counts, filter, loading, now, schoolName };
}
