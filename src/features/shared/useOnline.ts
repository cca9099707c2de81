import { onScopeDispose, ref, type Ref } from 'vue';

/** `navigator.onLine`, kept up to date by the browser's online/offline events. */
export function useOnline(): Ref<boolean> {
  const online = ref(globalThis.navigator?.onLine ?? true);
  const update = () => (online.value = navigator.onLine);
  globalThis.addEventListener?.('online', update);
  globalThis.addEventListener?.('offline', update);
  onScopeDispose(() => {
    globalThis.removeEventListener?.('online', update);
    globalThis.removeEventListener?.('offline', update);
  });
  return online;
}
