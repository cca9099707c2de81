import { onScopeDispose, ref, type Ref } from 'vue';

/** A reactive `matchMedia` result, e.g. to fold the sidebar on phones. */
export function useMediaQuery(query: string): Ref<boolean> {
  const list = globalThis.matchMedia?.(query);
  const matches = ref(list?.matches ?? false);
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches);
  list?.addEventListener('change', update);
  onScopeDispose(() => list?.removeEventListener('change', update));
  return matches;
}
