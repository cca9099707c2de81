import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import type { Observable, Subscription } from 'rxjs';

/**
 * Subscribe to an RxDB query (or any observable) for the lifetime of the
 * calling component, re-subscribing when `source` changes. Results are kept
 * in a shallow ref: RxDB documents are immutable, so deep reactivity would
 * only cost time on 10,000-row lists.
 */
export function useRxQuery<T, S>(
  source: WatchSource<S>,
  query: (value: S) => Observable<T>,
  initial: T,
): { data: Ref<T>; loading: Ref<boolean> } {
  const data = shallowRef(initial) as Ref<T>;
  const loading = shallowRef(true);
  let subscription: Subscription | undefined;
  watch(
    source,
    (value) => {
      subscription?.unsubscribe();
      loading.value = true;
      subscription = query(value).subscribe((result) => {
        data.value = result;
        loading.value = false;
      });
    },
    { immediate: true },
  );
  onScopeDispose(() => subscription?.unsubscribe());
  return { data, loading };
}
