import { onMounted, ref } from 'vue';
import { requestPersistentStorage, storageFigures, type StorageFigures } from './storage';

/** Storage estimate and persistence state, refreshable after a request. */
export function useStorageFigures() {
  const figures = ref<StorageFigures>({ persisted: false, usage: null, quota: null });
  const refresh = async () => void (figures.value = await storageFigures());
  const requestPersist = async () => {
    await requestPersistentStorage();
    await refresh();
  };
  onMounted(refresh);
  return { figures, refresh, requestPersist };
}

/** Bytes as a person reads them: 12.3 MB. */
export function formatBytes(bytes: number | null): string | null {
  if (bytes === null) return null;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
