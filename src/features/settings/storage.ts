/** Persistent storage and usage figures (settings page). */
export interface StorageFigures {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageFigures(): Promise<StorageFigures> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.();
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
