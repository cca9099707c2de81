/**
 * Fan-out of committed changes to the open `/api/sync/stream` connections.
 * Each subscriber gets only the documents its principal may read, as one
 * SSE message per collection and batch: `{collection, documents, checkpoint}`.
 */
import { canRead, type Principal } from '../../../src/domain/auth/permissions';
import type { CollectionName } from '../../../src/domain/schemas';
import { wireJson, type WrittenDoc } from './docs';

export interface Subscriber {
  userId: string;
  sessionId: string;
  principal: Principal;
  /** Write one SSE frame; false when the client is too far behind (it is then closed). */
  send(frame: string): boolean;
  close(): void;
}

export interface ChangeBatch {
  collection: CollectionName;
  updatedAt: number;
  docs: WrittenDoc[];
}

export function sseFrame(data: string, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`;
}

export class ChangeHub {
  private readonly subscribers = new Set<Subscriber>();

  get size(): number {
    return this.subscribers.size;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  publish(batches: readonly ChangeBatch[]): void {
    for (const batch of batches) {
      if (!batch.docs.length) continue;
      const sorted = [...batch.docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const sub of [...this.subscribers]) {
        const visible = sorted.filter((d) => canRead(sub.principal, batch.collection, d.doc));
        const last = visible[visible.length - 1];
        if (!last) continue;
        const payload =
          `{"collection":${JSON.stringify(batch.collection)},"documents":[${visible.map(wireJson).join(',')}],` +
          `"checkpoint":${JSON.stringify({ updatedAt: batch.updatedAt, id: last.id })}}`;
        if (!sub.send(sseFrame(payload))) this.drop(sub);
      }
    }
  }

  /** Close the streams of a user (disabled, scope changed, signed out everywhere). */
  closeUser(userId: string): void {
    for (const sub of [...this.subscribers]) if (sub.userId === userId) this.drop(sub);
  }

  closeSessions(sessionIds: readonly string[]): void {
    const ids = new Set(sessionIds);
    for (const sub of [...this.subscribers]) if (ids.has(sub.sessionId)) this.drop(sub);
  }

  closeAll(): void {
    for (const sub of [...this.subscribers]) this.drop(sub);
  }

  private drop(sub: Subscriber): void {
    this.subscribers.delete(sub);
    sub.close();
  }
}

/** Collects the documents a transaction writes, to publish after it commits. */
export class ChangeSet {
  readonly batches: ChangeBatch[] = [];
  readonly closedUsers = new Set<string>();
  readonly closedSessions = new Set<string>();

  add(collection: CollectionName, updatedAt: number, docs: WrittenDoc[]): void {
    this.batches.push({ collection, updatedAt, docs });
  }

  /** Apply after commit: publish documents, close streams of revoked sessions. */
  applyTo(hub: ChangeHub): void {
    hub.closeSessions([...this.closedSessions]);
    for (const userId of this.closedUsers) hub.closeUser(userId);
    hub.publish(this.batches);
  }
}
