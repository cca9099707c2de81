import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { idleSnapshot, type CollectionSyncState } from '@/sync/syncController';
import { useSyncStore } from '@/stores/sync';

function collection(name: CollectionSyncState['name'], patch: Partial<CollectionSyncState> = {}): CollectionSyncState {
  return { name, active: false, pending: 0, lastSyncAt: 1000, error: null, received: 0, sent: 0, firstSync: null, ...patch };
}

beforeEach(() => setActivePinia(createPinia()));

describe('sync store', () => {
  it('knows nothing before replication runs', () => {
    const store = useSyncStore();
    expect(store.pendingTotal).toBeNull();
    expect(store.lastSyncAt).toBeNull();
    expect(store.errors).toEqual([]);
    expect(store.active).toBe(false);
  });

  it('adds up the uploads waiting across collections', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), streamConnected: true, collections: [collection('people', { pending: 3 }), collection('identities', { pending: 2 }), collection('orgs')] });
    expect(store.pendingTotal).toBe(5);
  });

  it('does not guess a total while any collection cannot count (another tab replicates)', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), streamConnected: true, collections: [collection('people', { pending: 3 }), collection('orgs', { pending: null })] });
    expect(store.pendingTotal).toBeNull();
  });

  it('reports the oldest last sync, and none until every collection has synced once', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), streamConnected: true, collections: [collection('people', { lastSyncAt: 5000 }), collection('orgs', { lastSyncAt: 3000 })] });
    expect(store.lastSyncAt).toBe(3000);
    store.update({ ...idleSnapshot(), streamConnected: true, collections: [collection('people', { lastSyncAt: 5000 }), collection('orgs', { lastSyncAt: null })] });
    expect(store.lastSyncAt).toBeNull();
  });

  it('lists the failing collections and whether any is busy', () => {
    const store = useSyncStore();
    store.update({
      ...idleSnapshot(),
      collections: [collection('people', { error: 'network', active: true }), collection('orgs'), collection('accounts', { error: 'unauthorized' })],
    });
    expect(store.errors.map((c) => c.name)).toEqual(['people', 'accounts']);
    expect(store.active).toBe(true);
  });

  it('forgets everything on reset (sign-out)', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), streamConnected: true, collections: [collection('people', { pending: 4, active: true })] });
    store.reset();
    expect(store.snapshot).toEqual(idleSnapshot());
    expect(store.pendingTotal).toBeNull();
    expect(store.active).toBe(false);
  });

  it('says another tab syncs only when another tab holds the lock, and that requests are held offline', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), collections: [collection('orgs', { pending: null })] });
    expect(store.otherTabSyncs).toBe(false);
    store.update({ ...idleSnapshot(), leadership: 'other', collections: [collection('orgs', { pending: null })] });
    expect(store.otherTabSyncs).toBe(true);
    expect(store.held).toBe(false);
    store.update({ ...idleSnapshot(), gate: { kind: 'offline' } });
    expect(store.held).toBe(true);
  });

  it('shows a first sync as documents on the device of the total, with the time left at the pace so far', () => {
    const store = useSyncStore();
    const startedAt = Date.now() - 10_000;
    store.update({
      ...idleSnapshot(),
      firstSyncClock: { startedAt, doneAtStart: 1000 },
      collections: [
        collection('orgs', { firstSync: { done: 1200, total: 1200 } }),
        collection('people', { firstSync: { done: 4800, total: 20_000 } }),
        collection('stats'),
      ],
    });
    const progress = store.firstSync;
    expect(progress?.collections.map((c) => c.name)).toEqual(['orgs', 'people']);
    expect(progress?.done).toBe(6000);
    expect(progress?.total).toBe(21_200);
    // 5,000 documents in about 10 s: the 15,200 left take about 30 s.
    expect(progress?.timeLeftMs).toBeGreaterThan(29_000);
    expect(progress?.timeLeftMs).toBeLessThan(32_000);
  });

  it('does not guess the time left before the pace is known, and shows nothing once the first sync is over', () => {
    const store = useSyncStore();
    store.update({ ...idleSnapshot(), firstSyncClock: { startedAt: Date.now(), doneAtStart: 0 }, collections: [collection('people', { firstSync: { done: 50, total: 9000 } })] });
    expect(store.firstSync).toMatchObject({ done: 50, total: 9000, timeLeftMs: null });
    store.update({ ...idleSnapshot(), firstSyncClock: null, collections: [collection('people')] });
    expect(store.firstSync).toBeNull();
  });
});
