import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrgUnit } from '@/db/repositories/orgs';
import { replicateCollection, type ServerCheckpoint } from '@/sync/collectionReplication';
import { countPendingChanges } from '@/sync/pendingChanges';
import { RefusalBook } from '@/sync/refusalBook';
import { createRosterFixture, type RosterFixture } from '../db/support/rosterFixture';
import { fakeSyncServer } from './support/fakeServer';

let f: RosterFixture;
let server: ReturnType<typeof fakeSyncServer>;
let replication: RxReplicationState<unknown, ServerCheckpoint>;

function replicate(collection: RxCollection<unknown>, identifier: string): RxReplicationState<unknown, ServerCheckpoint> {
  return replicateCollection({
    collection,
    api: server.api,
    identifier,
    stream$: new Subject<RxReplicationPullStreamItem<unknown, ServerCheckpoint>>(),
    writable: true,
    refusals: new RefusalBook(),
  });
}

beforeEach(async () => {
  f = await createRosterFixture();
  server = fakeSyncServer();
  replication = replicate(f.db.orgs as unknown as RxCollection<unknown>, 'test:orgs');
});

afterEach(async () => {
  for (const push of server.held) push.acknowledge();
  await replication.cancel();
  await f.db.close();
});

/** Acknowledge pushes as they arrive until the device is in sync. */
async function acknowledgeAll(): Promise<void> {
  const pump = setInterval(() => server.held.splice(0).forEach((p) => p.acknowledge()), 10);
  try {
    await replication.awaitInSync();
  } finally {
    clearInterval(pump);
  }
}

describe('countPendingChanges', () => {
  it('counts nothing once the fixture has reached the server', async () => {
    await acknowledgeAll();
    expect(await countPendingChanges(replication)).toBe(0);
  });

  it('counts a local write until the server acknowledges it', async () => {
    await acknowledgeAll();
    await createOrgUnit(f.ctx, { kind: 'school', name: '新建小学', parent: f.county });
    // Sent but not acknowledged: still waiting.
    await vi.waitFor(() => expect(server.held.length).toBeGreaterThan(0));
    expect(await countPendingChanges(replication)).toBe(1);

    await acknowledgeAll();
    expect(await countPendingChanges(replication)).toBe(0);
  });

  it('counts each changed document once, however often it was edited', async () => {
    await acknowledgeAll();
    const a = await createOrgUnit(f.ctx, { kind: 'school', name: '甲小学', parent: f.county });
    await createOrgUnit(f.ctx, { kind: 'school', name: '乙小学', parent: f.county });
    const doc = await f.db.orgs.findOne(a.id).exec();
    await doc?.incrementalPatch({ name: '甲小学（改）' });
    await vi.waitFor(async () => expect(await countPendingChanges(replication)).toBe(2));
  });

  it('cannot count before the replication has started here (another tab holds it)', async () => {
    const idle = replicate(f.db.people as unknown as RxCollection<unknown>, 'test:people');
    await idle.cancel();
    expect(await countPendingChanges(idle)).toBeNull();
  });
});
