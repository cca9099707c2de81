import type { LastSyncStore } from '@/sync/syncController';

const keyOf = (userId: string) => `xiaoan.lastSync.${userId}`;
const firstSyncKeyOf = (userId: string) => `xiaoan.firstSyncDone.${userId}`;

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
    // Once caught up, no first-sync totals are asked for again (GET /api/sync/counts costs the server a count of the scope).
    firstSyncDone: () => localStorage.getItem(firstSyncKeyOf(userId)) === '1',
    markFirstSyncDone: () => localStorage.setItem(firstSyncKeyOf(userId), '1'),
  };
}

/** With the user's data removed from the device, their sync times go too (and the next sync is a first one again). */
export function forgetLastSync(userId: string): void {
  localStorage.removeItem(keyOf(userId));
  localStorage.removeItem(firstSyncKeyOf(userId));
}
