import { createDatabase } from '@/db/database';
import type { XiaoanDatabase } from '@/db/types';

declare const __RXDB_DEV_MODE__: boolean;

/** The browser's database. One per device profile; see the session store for per-user databases. */
export const DEVICE_DATABASE = 'xiaoan';

export async function openAppDatabase(name: string = DEVICE_DATABASE): Promise<XiaoanDatabase> {
  const db = await createDatabase({ name, devMode: __RXDB_DEV_MODE__ });
  // Close on hot reload so the reloaded module does not open a second copy
  // and count its collections against RxDB's per-tab limit.
  import.meta.hot?.dispose(() => void db.close());
  return db;
}
