import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollectionName } from '@/domain/schemas';
import { createPerson } from '@/db/repositories/people';
import { rollBackJournal, writeJournal, type ImportJournal } from '@/db/repositories/importJournal';
import { RefusalBook } from '@/sync/refusalBook';
import { unsettledIdentities } from '@/sync/uploadOrder';
import { SyncController, type LastSyncStore, type SyncControllerOptions, type SyncSnapshot } from '@/sync/syncController';
import type { Connectivity } from '@/sync/requestGate';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from '../db/support/rosterFixture';
import { fakeSyncServer } from './support/fakeServer';

let f: RosterFixture;
let server: ReturnType<typeof fakeSyncServer>;
let controller: SyncController | undefined;
let snapshots: SyncSnapshot[];
let saved: Partial<Record<CollectionName, number>>;
const lastSyncStore: LastSyncStore = { load: () => ({ ...saved }), save: (times) => (saved = { ...times }) };

beforeEach(async () => {
  f = await createRosterFixture();
  server = fakeSyncServer();
  snapshots = [];
  saved = {};
  // The change stream: stays open, says nothing, until closed.
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
});

afterEach(async () => {
  server.held.splice(0).forEach((p) => p.acknowledge());
  await controller?.stop();
  controller = undefined;
  vi.unstubAllGlobals();
  await f.db.close();
});

function start(collections: CollectionName[], extra: Partial<SyncControllerOptions> = {}): SyncController {
  controller = new SyncController({
    ...extra,
    db: f.db,
    api: server.api,
    collections,
    identity: 'test:u1',
    actor: 'u1',
    writable: extra.writable ?? (() => true),
    refusals: new RefusalBook(),
    scope: 'u1|school_admin|/s/|',
    onChange: (s) => snapshots.push(s),
    lastSyncStore: extra.lastSyncStore ?? lastSyncStore,
  });
  controller.start();
  return controller;
}

const latest = () => snapshots.at(-1);
const stateOf = (name: CollectionName) => latest()?.collections.find((c) => c.name === name);

describe('SyncController', () => {
  it('replicates the given collections and records when each last reached the server', async () => {
    const sync = start(['orgs', 'people']);
    await vi.waitFor(() => expect(latest()?.collections.every((c) => c.lastSyncAt !== null)).toBe(true));
    expect(latest()?.collections.map((c) => c.name)).toEqual(['orgs', 'people']);
    expect(Object.keys(saved).sort()).toEqual(['orgs', 'people']);
    // The fixture's units go up; once acknowledged nothing waits.
    await vi.waitFor(() => expect(server.held.length).toBeGreaterThan(0));
    server.held.splice(0).forEach((p) => p.acknowledge());
    await sync.awaitInSync();
    await vi.waitFor(() => expect(stateOf('orgs')?.pending).toBe(0), { timeout: 10_000 });
    expect(stateOf('orgs')?.sent).toBeGreaterThan(0);
  });

  it('shows the last sync of an earlier run before the first request answers (an offline reload)', async () => {
    saved = { orgs: 1234 };
    server.state.offline = true;
    start(['orgs']);
    expect(stateOf('orgs')).toMatchObject({ name: 'orgs', lastSyncAt: 1234, pending: null, error: null });
  });

  it('sends no request while the browser is offline, says so, and syncs when it is back', async () => {
    let online = false;
    const listeners = new Set<() => void>();
    const connectivity: Connectivity = { isOnline: () => online, subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) };
    const requests: string[] = [];
    const request = server.api.request.bind(server.api);
    server.api.request = (method, path, body) => (requests.push(path), request(method, path, body));
    start(['orgs', 'people'], { connectivity, api: server.api });
    await vi.waitFor(() => expect(latest()?.gate).toEqual({ kind: 'offline' }));
    // Long enough for RxDB's own retries (5 s) had anything gone out.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    expect(requests).toEqual([]);
    expect(latest()?.collections.every((c) => c.error === null)).toBe(true);
    // The only tab: this one replicates, it never reads "another tab".
    expect(latest()?.leadership).toBe('self');
    online = true;
    listeners.forEach((l) => l());
    await vi.waitFor(() => expect(latest()?.collections.every((c) => c.lastSyncAt !== null)).toBe(true), { timeout: 10_000 });
    expect(latest()?.gate).toEqual({ kind: 'open' });
  }, 20_000);

  it('says "network" when the server cannot be reached', async () => {
    server.state.offline = true;
    start(['orgs']);
    await vi.waitFor(() => expect(stateOf('orgs')?.error).toBe('network'), { timeout: 10_000 });
  });

  it('publishes nothing more once stopped (sign-out)', async () => {
    const sync = start(['orgs']);
    expect(sync.snapshot().streamConnected).toBe(false);
    await sync.stop();
    controller = undefined;
    const count = snapshots.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(snapshots.length).toBe(count);
  });

  it('uploads the classes before their students, and a person before its identity (upload order)', { timeout: 30_000 }, async () => {
    const created = await createPerson(f.ctx, studentInput(f.class1));
    if (!created.ok) throw new Error('student not created');
    const sync = start(['orgs', 'people', 'identities']);
    const pushedCollections = () => server.pushes.map((rows) => (rows[0] as { newDocumentState: { kind?: string; idNumber?: string } }).newDocumentState);
    // The units wait on the server's answer: neither the student nor its identity may go up yet.
    await vi.waitFor(() => expect(server.held.map((p) => p.collection)).toContain('orgs'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.held.map((p) => p.collection)).toEqual(['orgs']);
    server.held.splice(0).forEach((p) => p.acknowledge());
    // Then the student; its identity still waits for the student's answer.
    await vi.waitFor(() => expect(server.held.map((p) => p.collection)).toEqual(['people']), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.held.map((p) => p.collection)).toEqual(['people']);
    server.held.splice(0).forEach((p) => p.acknowledge());
    await vi.waitFor(() => expect(server.held.map((p) => p.collection)).toEqual(['identities']), { timeout: 10_000 });
    server.held.splice(0).forEach((p) => p.acknowledge());
    await sync.awaitInSync();
    expect(pushedCollections().length).toBe(3);
    // Waiting one's turn is not an error the user is shown.
    expect(latest()?.collections.every((c) => c.error === null)).toBe(true);
  });
});

describe('SyncController and an import being written', () => {
  const journal = (ids: string[]): ImportJournal => ({
    version: 2,
    id: 'imp-1',
    file: 'x.xlsx',
    startedAt: 1,
    actor: 'u1',
    stamp: 1,
    ids: { orgs: [], identities: [], people: ids, accounts: [], audit: [] },
    previous: { orgs: [], identities: [], people: [], accounts: [], audit: [] },
  });

  it('uploads nothing while an import journal is open, and never what a rollback removed', { timeout: 30_000 }, async () => {
    const kept = await createPerson(f.ctx, studentInput(f.class1, { name: '留下', idNumber: idNumberOf('20160901', 71) }));
    const undone = await createPerson(f.ctx, studentInput(f.class2, { name: '撤销', idNumber: idNumberOf('20160901', 72) }));
    if (!kept.ok || !undone.ok) throw new Error('students not created');
    await writeJournal(f.db, journal([undone.person.id]));
    start(['people']);
    // Held while the journal is open (the import is being written, here or in another tab).
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(server.pushes).toEqual([]);
    // The import is rolled back: its person removed, the journal closed.
    await rollBackJournal(f.db, { ...journal([undone.person.id]), stamp: undone.person.modifiedAt, actor: undone.person.modifiedBy });
    await vi.waitFor(() => expect(server.held.map((p) => p.collection)).toEqual(['people']), { timeout: 10_000 });
    server.held.splice(0).forEach((p) => p.acknowledge());
    await controller?.awaitInSync();
    const pushedIds = server.pushes.flat().map((row) => (row as { newDocumentState: { id: string } }).newDocumentState.id);
    expect(pushedIds).toContain(kept.person.id);
    expect(pushedIds).not.toContain(undone.person.id);
  });
});

describe('unsettled identities', () => {
  it('holds back an identity whose ID number disagrees with its person here', () => {
    const gender: Record<string, string> = { a: 'F', b: 'M' };
    // 11010519491231002X is a woman's number.
    expect(unsettledIdentities([{ id: 'a', idNumber: '11010519491231002X' }, { id: 'b', idNumber: '11010519491231002X' }, { id: 'c', idNumber: '11010519491231002X' }], (id) => gender[id])).toEqual(['b']);
    expect(unsettledIdentities([{ id: 'b', idNumber: '' }], (id) => gender[id])).toEqual([]);
  });
});

describe('SyncController during a first sync', () => {
  let done = false;
  const firstSyncStore: LastSyncStore = { ...lastSyncStore, firstSyncDone: () => done, markFirstSyncDone: () => (done = true) };
  beforeEach(() => {
    done = false;
  });

  /** Org units the server has that this device has not: copies of the fixture's county under new ids. */
  function serverOrgs(n: number): unknown[] {
    return Array.from({ length: n }, (_, i) => ({ ...f.county, id: `srv-${i}`, name: `单位${i}`, _deleted: false }));
  }

  it('shows documents on the device of the server’s total until the collection caught up, then never asks again', async () => {
    server.state.counts = { orgs: 8 + 5 };
    server.state.firstPull = { orgs: serverOrgs(5) };
    server.state.pullsHeld = true;
    start(['orgs'], { lastSyncStore: firstSyncStore, writable: () => false });
    // The fixture's 8 units are on the device already; the server's 5 are still coming.
    await vi.waitFor(() => expect(stateOf('orgs')?.firstSync).toEqual({ done: 8, total: 13 }));
    expect(latest()?.firstSyncClock).toMatchObject({ doneAtStart: 8 });
    server.releasePulls();
    await vi.waitFor(() => expect(latest()?.firstSyncClock).toBeNull());
    expect(stateOf('orgs')?.firstSync).toBeNull();
    expect(stateOf('orgs')?.received).toBe(5);
    expect(done).toBe(true);
    await controller?.stop();

    const asked = server.requests.filter((r) => r === 'GET /api/sync/counts').length;
    start(['orgs'], { lastSyncStore: firstSyncStore, writable: () => false });
    await vi.waitFor(() => expect(latest()?.collections[0]?.lastSyncAt).not.toBeNull());
    expect(server.requests.filter((r) => r === 'GET /api/sync/counts').length).toBe(asked);
    expect(latest()?.firstSyncClock).toBeNull();
  });

  it('syncs without progress when the totals cannot be had', async () => {
    start(['orgs'], { lastSyncStore: firstSyncStore, writable: () => false });
    await vi.waitFor(() => expect(done).toBe(true));
    expect(server.requests).toContain('GET /api/sync/counts');
    expect(snapshots.every((s) => s.firstSyncClock === null && s.collections.every((c) => c.firstSync === null))).toBe(true);
  });
});
