import { computed, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { isOwnEntryReview } from '@/domain/roster/review';
import { useWriteContext } from '@/features/shared/useWriteContext';
import { useRosterActions } from './useRosterActions';

/**
 * The rows ticked in the roster table and the batch actions on them. A
 * selection never outlives the rows it was made on, nor a change of
 * `resets` (another kind, the deleted view). `toolbar` is what the
 * toolbar needs of the selection, its props and its batch events, to bind
 * at once (`v-bind`).
 */
export function useRosterSelection(rows: Ref<readonly { id: string; enteredBy: string }[]>, resets: WatchSource[]) {
  const { review, remove, restore } = useRosterActions();
  const selected = shallowRef<ReadonlySet<string>>(new Set());
  watch(resets, () => (selected.value = new Set()));
  watch(rows, (list) => {
    if (!selected.value.size) return;
    const visible = new Set(list.map((r) => r.id));
    const kept = [...selected.value].filter((id) => visible.has(id));
    if (kept.length !== selected.value.size) selected.value = new Set(kept);
  });

  const selectedIds = () => [...selected.value];
  // Nobody reviews their own entries: with only those selected, the
  // reviewer's buttons are disabled and say why.
  const { actor } = useWriteContext();
  const onlyOwnEntries = computed(
    () => selected.value.size > 0 && rows.value.every((r) => !selected.value.has(r.id) || isOwnEntryReview('approve', actor, r.enteredBy)),
  );

  async function deleteIds(ids: string[]): Promise<void> {
    if (await remove(ids)) selected.value = new Set([...selected.value].filter((id) => !ids.includes(id)));
  }

  const toolbar = computed(() => ({
    selectedCount: selected.value.size,
    onlyOwnEntries: onlyOwnEntries.value,
    onSubmit: () => review(selectedIds(), 'submit'),
    onApprove: () => review(selectedIds(), 'approve'),
    onDelete: () => deleteIds(selectedIds()),
    onRestore: () => restore(selectedIds()),
  }));

  return { selected, selectedIds, deleteIds, restore, toolbar };
}
