import type { XiaoanDatabase } from '@/db/types';
import { generateDemoDataset } from '@/domain/demo/demoDataset';

/**
 * Write the demo dataset in three bulk inserts (one per collection):
 * identities first, so no person is ever on the device without its ID
 * number, even if the tab is closed half-way.
 */
export async function loadDemoData(db: XiaoanDatabase, author: string): Promise<{ orgs: number; people: number }> {
  const data = generateDemoDataset({ now: Date.now(), author });
  await db.orgs.bulkInsert(data.orgs);
  await db.identities.bulkInsert(data.identities);
  await db.people.bulkInsert(data.people);
  return { orgs: data.orgs.length, people: data.people.length };
}
