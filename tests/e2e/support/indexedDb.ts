import type { Page } from 'playwright-core';

/**
 * Where in the page's IndexedDB (every database, every store, every record,
 * as JSON) `needle` occurs: ["database/store", …]. The plain check that a
 * device no longer holds a value — an ID number, a phone — in any copy:
 * documents, RxDB's replication meta, local documents.
 */
export async function indexedDbPlacesOf(page: Page, needle: string): Promise<string[]> {
  return page.evaluate(async (value) => {
    const found: string[] = [];
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const open = indexedDB.open(info.name);
      const db = await request(open);
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
        if (records.some((record) => JSON.stringify(record).includes(value))) found.push(`${info.name}/${store}`);
      }
      db.close();
    }
    return found;
  }, needle);
}
