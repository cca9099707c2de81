/**
 * Fan-out of committed changes to the open `/api/sync/stream` connections.
 * Each subscriber gets only the documents its principal may read, as one
 * SSE message per collection and batch: `{collection, documents, checkpoint}`;
 * a document that moved out of a subscriber's sight arrives as an emptied
 * tombstone at the place it knew, so its copy leaves the device.
 *
 * Cost: subscribers are grouped by user (one scope, one serialisation per
 * user, however many streams) and indexed by the path of their unit, so a
 * change is only tested against the users on its own branch of the tree —
 * those above it, and for org units and content also those below.
 */
import { ancestorPaths, isWithin } from '#domain/org/path';
import { hiddenFields, placeOf, readScope, scopeContains, type DocPlace, type ReadScope } from '#domain/auth/readScope';
import type { Principal } from '#domain/auth/principal';
import type { CollectionName } from '#domain/schemas/index';
import type { Departure } from '../storage/types';
import { wireJson, withHidden, type WrittenDoc } from './docs';
import type { ChangeRelay } from './relay';

export interface Subscriber {
  userId: string;
  sessionId: string;
  principal: Principal;
  /** Write one SSE frame; false when the client is too far behind (it is then closed). */
  send(frame: string): boolean;
  /** End the stream, telling the client why when there is a reason worth knowing. */
  close(reason?: StreamCloseReason): void;
}

export type StreamCloseReason = 'too_many_streams' | 'signed_out' | 'scope_changed';

export interface ChangeBatch {
  collection: CollectionName;
  updatedAt: number;
  docs: WrittenDoc[];
  departures: Departure[];
}

export interface StreamLimits {
  /** Open streams per user (devices and tabs); the oldest is closed beyond it. */
  perUser: number;
  /** Open streams of the installation (every process on the database). */
  total: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { perUser: 5, total: 5000 };

export function sseFrame(data: string, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`;
}

/** One user's streams: one scope, one message per batch. */
class UserGroup {
  readonly subscribers = new Set<Subscriber>();
  private readonly scopes = new Map<CollectionName, ReadScope>();

  constructor(readonly principal: Principal) {}

  scope(collection: CollectionName): ReadScope {
    let s = this.scopes.get(collection);
    if (!s) this.scopes.set(collection, (s = readScope(this.principal, collection)));
    return s;
  }
}

/** Collections also read from below (names of the units above, content published above). */
const READ_FROM_BELOW: ReadonlySet<CollectionName> = new Set(['orgs', 'content']);

export class ChangeHub {
  /** Every stream, oldest first (Set keeps insertion order). */
  private readonly subscribers = new Set<Subscriber>();
  private readonly groups = new Map<string, UserGroup>();
  private readonly byPath = new Map<string, Set<UserGroup>>();
  private readonly groupKeyOf = new Map<Subscriber, string>();

  /**
   * Set when several processes share the database: committed changes then
   * reach this hub through the relay, in commit order, never directly.
   */
  relay: ChangeRelay | undefined;

  constructor(readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS) {}

  get size(): number {
    return this.subscribers.size;
  }

  subscribe(subscriber: Subscriber): () => void {
    const key = groupKey(subscriber);
    const group = this.groupFor(key, subscriber.principal);
    while (group.subscribers.size >= this.limits.perUser) this.drop(first(group.subscribers), 'too_many_streams');
    while (this.subscribers.size >= this.limits.total) this.drop(first(this.subscribers), 'too_many_streams');
    this.subscribers.add(subscriber);
    this.groupKeyOf.set(subscriber, key);
    group.subscribers.add(subscriber);
    // Other processes' streams count towards the caps too.
    this.relay?.opened(subscriber);
    return () => this.remove(subscriber);
  }

  /** Be told of every committed batch after the streams are (the statistics rollups follow changes this way). */
  observe(observer: (batches: readonly ChangeBatch[]) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private readonly observers = new Set<(batches: readonly ChangeBatch[]) => void>();
  private readonly gapObservers = new Set<() => void>();

  /** Be told when committed changes may have been missed (the relay lost announcements). */
  observeGaps(observer: () => void): () => void {
    this.gapObservers.add(observer);
    return () => this.gapObservers.delete(observer);
  }

  reportGap(): void {
    for (const observer of this.gapObservers) observer();
  }

  publish(batches: readonly ChangeBatch[]): void {
    this.fanOut(batches);
    for (const observer of this.observers) observer(batches);
  }

  private fanOut(batches: readonly ChangeBatch[]): void {
    for (const batch of batches) {
      const messages = new Map<UserGroup, { id: string; json: string }[]>();
      const add = (group: UserGroup, id: string, json: string) => {
        const list = messages.get(group);
        if (list) list.push({ id, json });
        else messages.set(group, [{ id, json }]);
      };
      const movedTo = new Map<string, DocPlace>();
      for (const written of batch.docs) {
        const place = placeOf(batch.collection, written.doc);
        movedTo.set(place.id, place);
        const json = wireJson(batch.collection, { ...written, departed: false });
        for (const group of this.candidates(batch.collection, place.orgPath)) {
          if (scopeContains(group.scope(batch.collection), place)) add(group, place.id, withHidden(json, hiddenFields(group.principal, batch.collection)));
        }
      }
      for (const from of batch.departures) {
        const to = movedTo.get(from.id);
        const json = wireJson(batch.collection, { ...from, data: '', deleted: true, departed: true });
        for (const group of this.candidates(batch.collection, from.orgPath)) {
          const scope = group.scope(batch.collection);
          if (scopeContains(scope, from) && !(to && scopeContains(scope, to))) add(group, from.id, json);
        }
      }
      for (const [group, entries] of messages) this.send(group, batch, entries);
    }
  }

  /** Close the streams of a user (disabled, scope changed, signed out everywhere). */
  closeUser(userId: string, reason?: StreamCloseReason): void {
    for (const sub of [...this.subscribers]) if (sub.userId === userId) this.drop(sub, reason);
  }

  closeSessions(sessionIds: readonly string[]): void {
    const ids = new Set(sessionIds);
    for (const sub of [...this.subscribers]) if (ids.has(sub.sessionId)) this.drop(sub, 'signed_out');
  }

  closeAll(): void {
    for (const sub of [...this.subscribers]) this.drop(sub);
  }

  private send(group: UserGroup, batch: ChangeBatch, entries: { id: string; json: string }[]): void {
    entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const last = entries[entries.length - 1];
    if (!last) return;
    const frame = sseFrame(
      `{"collection":${JSON.stringify(batch.collection)},"documents":[${entries.map((e) => e.json).join(',')}],` +
        `"checkpoint":${JSON.stringify({ updatedAt: batch.updatedAt, id: last.id })}}`,
    );
    for (const sub of [...group.subscribers]) if (!sub.send(frame)) this.drop(sub);
  }

  /** The user groups that might read a document at `path`: on its branch of the tree. */
  private *candidates(collection: CollectionName, path: string): Iterable<UserGroup> {
    for (const at of ['/', ...ancestorPaths(path), path]) yield* this.byPath.get(at) ?? [];
    if (!READ_FROM_BELOW.has(collection)) return;
    for (const [at, groups] of this.byPath) if (at !== path && isWithin(at, path)) yield* groups;
  }

  private groupFor(key: string, principal: Principal): UserGroup {
    let group = this.groups.get(key);
    if (!group) {
      group = new UserGroup(principal);
      this.groups.set(key, group);
      const atPath = this.byPath.get(principal.orgPath) ?? new Set<UserGroup>();
      atPath.add(group);
      this.byPath.set(principal.orgPath, atPath);
    }
    return group;
  }

  private remove(sub: Subscriber): void {
    if (!this.subscribers.delete(sub)) return;
    this.relay?.closed(sub);
    const key = this.groupKeyOf.get(sub) ?? '';
    this.groupKeyOf.delete(sub);
    const group = this.groups.get(key);
    if (!group) return;
    group.subscribers.delete(sub);
    if (group.subscribers.size) return;
    this.groups.delete(key);
    const atPath = this.byPath.get(group.principal.orgPath);
    atPath?.delete(group);
    if (atPath && !atPath.size) this.byPath.delete(group.principal.orgPath);
  }

  private drop(sub: Subscriber | undefined, reason?: StreamCloseReason): void {
    if (!sub) return;
    this.remove(sub);
    sub.close(reason);
  }
}

/** Streams of one user with one scope share a group. */
function groupKey(sub: Subscriber): string {
  const p = sub.principal;
  return `${sub.userId}|${p.role}|${p.orgPath}|${p.personId}`;
}

function first<T>(set: Set<T>): T | undefined {
  return set.values().next().value;
}

/** Collects the documents a transaction writes, to publish after it commits. */
export class ChangeSet {
  readonly batches: ChangeBatch[] = [];
  readonly closedUsers = new Set<string>();
  readonly closedSessions = new Set<string>();

  get isEmpty(): boolean {
    return !this.batches.length && !this.closedUsers.size && !this.closedSessions.size;
  }

  add(collection: CollectionName, updatedAt: number, docs: WrittenDoc[], departures: Departure[] = []): void {
    this.batches.push({ collection, updatedAt, docs, departures });
  }

  /** Apply after commit: publish documents, close streams of revoked sessions and moved users. */
  applyTo(hub: ChangeHub): void {
    hub.closeSessions([...this.closedSessions]);
    for (const userId of this.closedUsers) hub.closeUser(userId, 'scope_changed');
    hub.publish(this.batches);
  }
}
