import { addRxPlugin, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createDatabase } from '@/db/database';
import type { XiaoanDatabase } from '@/db/types';
import { mergingConflictHandler, type ConflictHandlerOptions } from '@/sync/conflictHandler';

declare const __RXDB_DEV_MODE__: boolean;

/**
 * RxDB dev-mode (schema checks, readable errors) with the validating
 * storage it requires. `__RXDB_DEV_MODE__` is a build-time constant, so a
 * production build drops this code and its chunks entirely: dev-mode loads
 * a page from rxdb.info and must never run offline or in production.
 */
async function devModeStorage(): Promise<RxStorage<unknown, unknown>> {
  const [{ RxDBDevModePlugin }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage: getRxStorageDexie() }) as RxStorage<unknown, unknown>;
}

/**
 * A user's database in the browser (IndexedDB through Dexie), replicating
 * with the three-way merge for this user: no edit is lost to a conflict,
 * the losing value is recorded, a refused change is taken back as the
 * server keeps it (src/sync/conflictHandler.ts).
 */
export async function openAppDatabase(name: string, merge: Omit<ConflictHandlerOptions, 'collection'>): Promise<XiaoanDatabase> {
  const storage = __RXDB_DEV_MODE__ ? await devModeStorage() : undefined;
  const db = await createDatabase({
    name,
    conflictHandler: (collection) => mergingConflictHandler({ ...merge, collection }),
    ...(storage ? { storage } : {}),
  });
  // Close on hot reload so the reloaded module does not open a second copy
  // and count its collections against RxDB's per-tab limit.
  import.meta.hot?.dispose(() => void db.close());
  return db;
}
