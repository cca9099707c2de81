import { computed } from 'vue';
import { useOrgSelectionStore } from '@/stores/orgSelection';
import { useOrgTree } from './useOrgTree';

/** The org unit the tree has selected (a grade node resolves to its school). */
export function useSelectedUnit() {
  const store = useOrgSelectionStore();
  const { units, byId } = useOrgTree();
  const unit = computed(() => (store.selection ? byId.value.get(store.selection.orgId) ?? null : null));
  const children = computed(() => {
    const current = unit.value;
    if (!current) return [];
    const grade = store.selection?.grade;
    return units.value.filter(
      (u) => u.parentId === current.id && (!grade || u.classInfo?.grade === grade),
    );
  });
  return { unit, children, units, byId, selection: computed(() => store.selection) };
}
