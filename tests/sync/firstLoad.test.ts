import { Subject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '@/api/apiClient';
import { createDatabase } from '@/db/database';
import type { XiaoanDatabase } from '@/db/types';
import type { OrgDoc } from '@/domain/schemas';
import { replicateCollection, type ServerCheckpoint } from '@/sync/collectionReplication';
import { RefusalBook } from '@/sync/refusalBook';
import { testConflictHandler } from '../db/support/conflictHandler';
import { createRosterFixture, type RosterFixture } from '../db/support/rosterFixture';

/**
 * Issue 12, design (a): a collection this device has none of is loaded
 * outside RxDB's replication, then replicated from the last page's
 * checkpoint. What must hold: nothing is missed after the checkpoint,
 * nothing loaded is pushed back, an edit of a loaded document goes up with
 * the state it was loaded in (the server can tell a conflict), and a write
 * made while the load runs still goes up.
 */
type Wire = OrgDoc & { _deleted: boolean };
interface PushRow {
  assumedMasterState?: Wire;
  newDocumentState: Wire;
}

let county: OrgDoc;
let db: XiaoanDatabase;
let counter = 0;
let server: ReturnType<typeof pagedServer>;

beforeEach(async () => {
  // A valid org unit to copy (RxDB allows 16 collections open at once: the fixture's database closes first).
  const f: RosterFixture = await createRosterFixture();
  county = f.county;
  await f.db.close();
  counter += 1;
  db = await createDatabase({ name: `firstload${Date.now()}x${counter}`, storage: getRxStorageMemory(), conflictHandler: testConflictHandler() });
  vi.stubGlobal('fetch', () => new Promise(() => undefined));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await db.close();
});

const org = (i: number, name = `单位${i}`): Wire => ({ ...county, id: `srv-${i}`, name, _deleted: false });
const cp = (n: number): ServerCheckpoint => ({ updatedAt: n, id: `c${n}` });

/**
 * The server's pull as a list of pages, each reached from the checkpoint
 * the previous one ended at; pushes are recorded and accepted. `hold`
 * keeps the first pull waiting until `release`.
 */
function pagedServer(pages: { documents: Wire[]; checkpoint: ServerCheckpoint }[]) {
  const pulls: (ServerCheckpoint | null)[] = [];
  const pushes: PushRow[][] = [];
  let hold: Promise<void> | undefined;
  let release = () => undefined as void;
  const api: ApiClient = {
    url: (path) => path,
    authHeaders: () => ({}),
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      if (method === 'POST') {
        pushes.push(body as PushRow[]);
        return { conflicts: [], refused: [] } as T;
      }
      const raw = new URLSearchParams(path.split('?')[1]).get('checkpoint');
      const from = raw ? (JSON.parse(raw) as ServerCheckpoint) : null;
      pulls.push(from);
      if (hold) await hold;
      const index = from === null ? 0 : pages.findIndex((p) => p.checkpoint.id === from.id) + 1;
      return (pages[index] ?? { documents: [], checkpoint: from }) as T;
    },
  };
  return {
    api,
    pulls,
    pushes,
    holdFirst() {
      hold = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

function replicate(writable: boolean, batchSize = 2) {
  return replicateCollection({
    collection: db.orgs as unknown as RxCollection<OrgDoc>,
    api: server.api,
    identifier: 'test:u1:orgs',
    stream$: new Subject<RxReplicationPullStreamItem<OrgDoc, ServerCheckpoint>>(),
    writable,
    refusals: new RefusalBook(),
    batchSize,
    firstLoad: true,
  });
}

const names = async () => (await db.orgs.find().exec()).map((d) => `${d.id}:${d.name}`).sort();

describe('first load outside the replication', () => {
  it('loads the pages, then pulls from the last page’s checkpoint and pushes back nothing it loaded', async () => {
    server = pagedServer([
      { documents: [org(1), org(2)], checkpoint: cp(1) },
      { documents: [org(3)], checkpoint: cp(2) },
      // Changed on the server after the load's last page: the replication brings it.
      { documents: [org(1, '改名单位'), org(4)], checkpoint: cp(3) },
    ]);
    // The load stops at the short page (cp 2); the third page only exists for the replication.
    const state = replicate(true);
    await state.awaitInitialReplication();
    await state.awaitInSync();
    expect(await names()).toEqual(['srv-1:改名单位', 'srv-2:单位2', 'srv-3:单位3', 'srv-4:单位4']);
    // One pull from scratch (the load's), the replication's first from the load's last checkpoint.
    expect(server.pulls.filter((p) => p === null)).toHaveLength(1);
    expect(server.pulls.slice(0, 3)).toEqual([null, cp(1), cp(2)]);
    expect(server.pushes).toEqual([]);
    await state.cancel();
  });

  it('sends an edit of a loaded document with the state it was loaded in', async () => {
    server = pagedServer([{ documents: [org(1), org(2)], checkpoint: cp(1) }]);
    const state = replicate(true, 5);
    await state.awaitInitialReplication();
    const doc = await db.orgs.findOne('srv-2').exec();
    await doc?.incrementalPatch({ name: '本机改名' });
    await vi.waitFor(() => expect(server.pushes.flat()).toHaveLength(1));
    const [row] = server.pushes.flat();
    expect(row?.newDocumentState).toMatchObject({ id: 'srv-2', name: '本机改名' });
    expect(row?.assumedMasterState).toEqual(org(2));
    await state.cancel();
  });

  it('uploads what was written on this device while the load ran, and only that', async () => {
    server = pagedServer([{ documents: [org(1), org(2)], checkpoint: cp(1) }]);
    server.holdFirst();
    const state = replicate(true, 5);
    await vi.waitFor(() => expect(server.pulls).toHaveLength(1));
    await db.orgs.insert({ ...org(9, '本机新建') } as unknown as OrgDoc);
    server.release();
    await state.awaitInitialReplication();
    await vi.waitFor(() => expect(server.pushes.flat().map((r) => r.newDocumentState.id)).toEqual(['srv-9']));
    expect(server.pushes.flat()[0]?.assumedMasterState).toBeUndefined();
    expect(await names()).toEqual(['srv-1:单位1', 'srv-2:单位2', 'srv-9:本机新建']);
    await state.cancel();
  });

  it('pull-only: loads without meta states and takes later server changes', async () => {
    server = pagedServer([
      { documents: [org(1)], checkpoint: cp(1) },
      { documents: [org(1, '改名单位')], checkpoint: cp(2) },
    ]);
    const state = replicate(false, 5);
    await state.awaitInitialReplication();
    await vi.waitFor(async () => expect(await names()).toEqual(['srv-1:改名单位']));
    await state.cancel();
  });

  it('leaves a device that already has the collection to the replication', async () => {
    await db.orgs.insert({ ...org(7, '已有单位') } as unknown as OrgDoc);
    server = pagedServer([{ documents: [org(1)], checkpoint: cp(1) }]);
    const state = replicate(true, 5);
    await state.awaitInitialReplication();
    await state.awaitInSync();
    expect(await names()).toEqual(['srv-1:单位1', 'srv-7:已有单位']);
    // The replication's own pull from scratch, and its upload of the document it found.
    expect(server.pulls[0]).toBeNull();
    expect(server.pushes.flat().map((r) => r.newDocumentState.id)).toEqual(['srv-7']);
    await state.cancel();
  });
});
