import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { OrgKind } from '@/domain/org/levels';
import type { GradeCode } from '@/domain/roster/grades';

/** What the org tree on the left has selected; lists filter by it. */
export interface OrgSelection {
  /** Org unit id, or the school's id for a grade node. */
  orgId: string;
  orgPath: string;
  kind: OrgKind | 'grade';
  name: string;
  grade?: GradeCode;
}

export const useOrgSelectionStore = defineStore('orgSelection', () => {
  const selection = ref<OrgSelection | null>(null);
  const scopePath = computed(() => selection.value?.orgPath ?? '/');

  function select(next: OrgSelection | null): void {
    selection.value = next;
  }

  return { selection, scopePath, select };
});
