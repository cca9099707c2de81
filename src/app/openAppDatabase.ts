import { addRxPlugin, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxConflictHandler } from 'rxdb';
import { createDatabase } from '@/db/database';
import type { CollectionName } from '@/domain/schemas';
import type { XiaoanDatabase } from '@/db/types';

declare const __RXDB_DEV_MODE__: boolean;

/** The browser's database. One per device profile; see the session store for per-user databases. */
export const DEVICE_DATABASE = 'xiaoan';

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

export async function openAppDatabase(
  name: string = DEVICE_DATABASE,
  conflictHandlerFor?: (collection: CollectionName) => RxConflictHandler<unknown>,
): Promise<XiaoanDatabase> {
  const storage = __RXDB_DEV_MODE__ ? await devModeStorage() : undefined;
  const db = await createDatabase({ name, conflictHandlerFor, ...(storage ? { storage } : {}) });
  // Close on hot reload so the reloaded module does not open a second copy
  // and count its collections against RxDB's per-tab limit.
  import.meta.hot?.dispose(() => void db.close());
  return db;
}
