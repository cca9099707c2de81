import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { summarize, type FirstSyncSummary } from '@/sync/firstSyncProgress';
import { idleSnapshot, type SyncSnapshot } from '@/sync/syncController';

/** Replication state for the sync indicator and the sync page. */
export const useSyncStore = defineStore('sync', () => {
  const snapshot = shallowRef<SyncSnapshot>(idleSnapshot());

  const pendingTotal = computed<number | null>(() => {
    const counts = snapshot.value.collections.map((c) => c.pending);
    if (!counts.length || counts.some((c) => c === null)) return null;
    return counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  });
  const lastSyncAt = computed(() => {
    const times = snapshot.value.collections.map((c) => c.lastSyncAt ?? 0);
    return times.length && times.every((t) => t > 0) ? Math.min(...times) : null;
  });
  const errors = computed(() => snapshot.value.collections.filter((c) => c.error));
  const active = computed(() => snapshot.value.collections.some((c) => c.active));
  /** Another tab of this browser replicates (and only it can count what waits). */
  const otherTabSyncs = computed(() => snapshot.value.leadership === 'other');
  /** Requests are held: the browser is offline, or the server did not answer and the next try waits. */
  const held = computed(() => snapshot.value.gate.kind !== 'open');
  /** This device's first sync while it runs: per collection on the device / total, and the time left (null otherwise). */
  const firstSync = computed<FirstSyncSummary | null>(() => {
    const clock = snapshot.value.firstSyncClock;
    const collections = snapshot.value.collections.flatMap((c) => (c.firstSync ? [{ name: c.name, ...c.firstSync }] : []));
    return clock && collections.length ? summarize(collections, clock, Date.now()) : null;
  });

  function update(next: SyncSnapshot): void {
    snapshot.value = next;
  }

  function reset(): void {
    snapshot.value = idleSnapshot();
  }

  return { snapshot, pendingTotal, lastSyncAt, errors, active, otherTabSyncs, held, firstSync, update, reset };
});
