import type { Storage, StorageTx } from '../storage/types';
import { ChangeSet, type ChangeHub } from './hub';

/**
 * Run a write transaction and, once it has committed, publish what it
 * wrote to the change stream (never before: a rolled-back write must not
 * reach any device).
 */
export async function commit<T>(
  storage: Storage,
  hub: ChangeHub,
  fn: (tx: StorageTx, changes: ChangeSet) => Promise<T>,
): Promise<T> {
  const changes = new ChangeSet();
  const result = await storage.transaction((tx) => fn(tx, changes));
  changes.applyTo(hub);
  return result;
}
