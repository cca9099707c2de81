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
  /**
   * Whose home the selection was made for, and whether a person chose it.
   * The tree opens at the signed-in user's own unit (a teacher's at their
   * class) and moves there again while nobody has chosen otherwise, and
   * when another user signs in on this device.
   */
  const userId = ref<string | null>(null);
  const chosen = ref(false);
  const scopePath = computed(() => selection.value?.orgPath ?? '/');

  /** A unit someone chose (a tree click, the import's school). */
  function select(next: OrgSelection | null): void {
    selection.value = next;
    chosen.value = next !== null;
  }

  /** The user's own unit, selected for them. */
  function selectHome(next: OrgSelection, forUser: string): void {
    selection.value = next;
    userId.value = forUser;
    chosen.value = false;
  }

  return { selection, scopePath, userId, chosen, select, selectHome };
});
