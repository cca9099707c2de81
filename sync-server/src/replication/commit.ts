import type { Storage, StorageTx } from '../storage/types';
import { ChangeSet, type ChangeHub } from './hub';

/**
 * Run a write transaction and, once it has committed, publish what it
 * wrote to the change stream (never before: a rolled-back write must not
 * reach any device). With several processes (hub.relay) the transaction
 * announces its changes and every process's hub, this one included,
 * publishes them when the announcement arrives, in commit order.
 */
export async function commit<T>(
  storage: Storage,
  hub: ChangeHub,
  fn: (tx: StorageTx, changes: ChangeSet) => Promise<T>,
): Promise<T> {
  const changes = new ChangeSet();
  const relay = hub.relay;
  let result: T;
  try {
    result = await storage.transaction(async (tx) => {
      const value = await fn(tx, changes);
      await relay?.stage(tx, changes);
      return value;
    });
  } catch (error) {
    relay?.discard(changes);
    throw error;
  }
  if (!relay) changes.applyTo(hub);
  return result;
}
