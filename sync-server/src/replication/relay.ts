/**
 * The change stream across server processes on one PostgreSQL database.
 *
 * Every committing transaction announces what it did — its stamp, the
 * collections it wrote, the sessions and users whose streams must close —
 * with NOTIFY inside the transaction, so the announcement exists only if it
 * commits and arrives in commit order. Every process, the writer included,
 * feeds its hub from these announcements only, one after the other: a
 * stream therefore receives changes in checkpoint order whichever process
 * wrote them. The writer keeps its change set in memory until its own
 * announcement comes back; other processes read the documents still
 * carrying the stamp (a document written again since comes with its later
 * stamp, in its own announcement).
 *
 * If the listening connection drops, announcements may be lost: every
 * stream of this process is closed (when it drops and again once it is
 * back), and the devices resync from their checkpoints when they reconnect.
 *
 * Stream caps: each open stream is leased in the database; the oldest
 * beyond the per-user or total cap is closed wherever it is (announced
 * with `k`).
 */
import { randomUUID } from 'node:crypto';
import type { CollectionName } from '#domain/schemas/index';
import type { Departure, Storage, StorageTx, Unlisten } from '../storage/types';
import { toWire, toWrite, type WrittenDoc } from './docs';
import { ChangeSet, type ChangeHub, type Subscriber } from './hub';

/** NOTIFY payloads are limited to 8000 bytes: long id lists are split. */
const MAX_PAYLOAD = 7_000;
/** A process refreshes its stream leases this often; leases older than LEASE_STALE_MS no longer count. */
const LEASE_REFRESH_MS = 30_000;
const LEASE_STALE_MS = 4 * LEASE_REFRESH_MS;

interface Announcement {
  /** The announcing process. */
  o: string;
  /** The transaction's stamp. */
  t: number;
  c: CollectionName[];
  /** Users whose streams close (scope changed). */
  u: string[];
  /** Sessions whose streams close (revoked). */
  s: string[];
  /** Streams closed for the caps (too many streams), by lease id. */
  k?: string[];
}

function encode(a: Announcement): string[] {
  const whole = JSON.stringify(a);
  if (whole.length <= MAX_PAYLOAD) return [whole];
  // Split the id lists; the first part carries the collections.
  const parts: string[] = [JSON.stringify({ ...a, u: [], s: [] })];
  let part: Announcement = { ...a, c: [], u: [], s: [] };
  const flush = () => {
    if (part.u.length || part.s.length) parts.push(JSON.stringify(part));
    part = { ...a, c: [], u: [], s: [] };
  };
  for (const [key, ids] of [['u', a.u], ['s', a.s]] as const) {
    for (const id of ids) {
      if (JSON.stringify(part).length + id.length + 4 > MAX_PAYLOAD) flush();
      part[key].push(id);
    }
  }
  flush();
  return parts;
}

export class ChangeRelay {
  readonly origin = randomUUID();
  /** This process's committed-or-committing change sets, by stamp, until their announcement arrives. */
  private readonly staged = new Map<number, ChangeSet>();
  private queue: Promise<void> = Promise.resolve();
  private readonly pending: Announcement[] = [];
  private draining = false;
  private unlisten: Unlisten | undefined;
  /** This process's open streams and their lease ids. */
  private readonly leaseOf = new Map<Subscriber, string>();
  private readonly byLease = new Map<string, Subscriber>();
  private leaseWork: Promise<unknown> = Promise.resolve();
  private refresher: NodeJS.Timeout | undefined;

  private constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
  ) {}

  /** The relay of a storage shared by several processes, attached to the hub; undefined for SQLite. */
  static async start(storage: Storage, hub: ChangeHub): Promise<ChangeRelay | undefined> {
    if (storage.kind !== 'postgres') return undefined;
    const relay = new ChangeRelay(storage, hub);
    relay.unlisten = await storage.listen({
      message: (payload) => relay.enqueue(payload),
      gap: () => relay.gap(),
    });
    if (!relay.unlisten) return undefined;
    hub.relay = relay;
    relay.refresher = setInterval(() => relay.refreshLeases(), LEASE_REFRESH_MS);
    relay.refresher.unref();
    return relay;
  }

  /** A stream opened here: record it, and close the oldest streams beyond the caps, wherever they are. */
  opened(sub: Subscriber): void {
    const leases = this.storage.streamLeases;
    if (!leases) return;
    const id = randomUUID();
    this.leaseOf.set(sub, id);
    this.byLease.set(id, sub);
    this.track(async () => {
      const now = Date.now();
      await leases.open({ id, origin: this.origin, userId: sub.userId, openedAt: now });
      const excess = await leases.excess(sub.userId, this.hub.limits.perUser, this.hub.limits.total, now - LEASE_STALE_MS);
      const remote = excess.filter((l) => l.origin !== this.origin).map((l) => l.id);
      for (const l of excess) this.byLease.get(l.id)?.close('too_many_streams');
      if (remote.length) {
        await leases.close(remote);
        const a: Announcement = { o: this.origin, t: 0, c: [], u: [], s: [], k: remote };
        await this.storage.transaction((tx) => tx.announce(JSON.stringify(a)));
      }
    });
  }

  closed(sub: Subscriber): void {
    const id = this.leaseOf.get(sub);
    if (id === undefined) return;
    this.leaseOf.delete(sub);
    this.byLease.delete(id);
    this.track(async () => this.storage.streamLeases?.close([id]));
  }

  /** Lease bookkeeping runs in the background, one step after the other; a failure only loosens the caps. */
  private track(work: () => Promise<unknown>): void {
    this.leaseWork = this.leaseWork.then(work).catch(() => undefined);
  }

  private refreshLeases(): void {
    const now = Date.now();
    this.track(async () => this.storage.streamLeases?.refresh(this.origin, now, now - LEASE_STALE_MS));
  }

  /** Inside the transaction, before it commits: announce it. */
  async stage(tx: StorageTx, changes: ChangeSet): Promise<void> {
    if (changes.isEmpty) return;
    const t = await tx.timestamp();
    this.staged.set(t, changes);
    const announcement: Announcement = {
      o: this.origin,
      t,
      c: [...new Set(changes.batches.map((b) => b.collection))],
      u: [...changes.closedUsers],
      s: [...changes.closedSessions],
    };
    for (const payload of encode(announcement)) await tx.announce(payload);
  }

  /** The transaction did not commit: its announcement will never come. */
  discard(changes: ChangeSet): void {
    for (const [t, staged] of this.staged) if (staged === changes) this.staged.delete(t);
  }

  async stop(): Promise<void> {
    clearInterval(this.refresher);
    if (this.hub.relay === this) this.hub.relay = undefined;
    await this.unlisten?.();
    await this.queue;
    const ids = [...this.byLease.keys()];
    this.track(async () => this.storage.streamLeases?.close(ids));
    await this.leaseWork;
  }

  private enqueue(payload: string): void {
    try {
      this.pending.push(JSON.parse(payload) as Announcement);
    } catch {
      this.gap();
      return;
    }
    if (!this.draining) this.queue = this.drain();
  }

  /** Deliver what has arrived, a backlog at a time (one read per collection however long the backlog). */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.length) await this.deliver(this.pending.splice(0)).catch(() => this.gap());
    } finally {
      this.draining = false;
    }
  }

  private async deliver(batch: Announcement[]): Promise<void> {
    // This process's own change sets, when still in memory (after a gap they are read like the others').
    const own = new Map(batch.flatMap((a) => (a.o === this.origin && this.staged.has(a.t) ? [[a, this.staged.get(a.t) as ChangeSet] as const] : [])));
    const written = await this.readRemote(batch.filter((a) => !own.has(a)));
    // In commit order, the announcements' order.
    for (const a of batch) {
      for (const id of a.k ?? []) this.byLease.get(id)?.close('too_many_streams');
      const mine = own.get(a);
      if (mine) {
        this.staged.delete(a.t);
        mine.applyTo(this.hub);
        continue;
      }
      const changes = new ChangeSet();
      for (const id of a.u) changes.closedUsers.add(id);
      for (const id of a.s) changes.closedSessions.add(id);
      for (const collection of a.c) {
        const found = written.get(`${collection}|${a.t}`);
        if (found) changes.add(collection, a.t, found.docs, found.departures);
      }
      changes.applyTo(this.hub);
    }
  }

  /** What other processes' announced transactions wrote, by collection and stamp. */
  private async readRemote(remote: Announcement[]): Promise<Map<string, { docs: WrittenDoc[]; departures: Departure[] }>> {
    const stamps = new Map<CollectionName, number[]>();
    for (const a of remote) for (const c of a.c) stamps.set(c, [...(stamps.get(c) ?? []), a.t]);
    const out = new Map<string, { docs: WrittenDoc[]; departures: Departure[] }>();
    const entry = (key: string) => {
      let e = out.get(key);
      if (!e) out.set(key, (e = { docs: [], departures: [] }));
      return e;
    };
    for (const [collection, list] of stamps) {
      const { docs, departures } = await this.storage.changesAt(collection, list);
      for (const row of docs) entry(`${collection}|${row.updatedAt}`).docs.push(toWrite(collection, toWire(row)));
      for (const d of departures) entry(`${collection}|${d.updatedAt}`).departures.push(d);
    }
    return out;
  }

  /** Announcements may have been missed: the devices resync from their checkpoints. */
  private gap(): void {
    this.staged.clear();
    this.hub.closeAll();
    this.hub.reportGap();
  }
}
