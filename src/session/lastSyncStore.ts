import type { LastSyncStore } from '@/sync/syncController';

const keyOf = (userId: string) => `xiaoan.lastSync.${userId}`;

/** "Last synced at" per collection in localStorage, per user: an offline reload does not claim "never synced". */
export function localLastSyncStore(userId: string): LastSyncStore {
  const key = keyOf(userId);
  return {
    load: () => {
      try {
        return JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, number>;
      } catch {
        return {};
      }
    },
    save: (times) => localStorage.setItem(key, JSON.stringify(times)),
  };
}

/** With the user's data removed from the device, their sync times go too. */
export function forgetLastSync(userId: string): void {
  localStorage.removeItem(keyOf(userId));
}
