// Code that runs inside the benchmark pages, injected with
// page.addScriptTag({ path }). Plain browser JavaScript on purpose: functions
// handed to page.evaluate from tsx-compiled TypeScript carry esbuild's
// `__name(…)` helper, which does not exist in the page.
//
// Defines globalThis.xiaoanBench = { baseline, rxdbPattern, waitForDocs }; types and
// docs in pageProbes.ts.
(() => {
  async function signIn(input) {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: input.username, password: input.password }),
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(`sign-in: HTTP ${response.status}`);
    return (await response.json()).token;
  }

  /**
   * Sign in, then pull every collection through the app's HTTP route with
   * the same batch size, one batch after the other (RxDB pulls one batch
   * after the other too), handing each batch to `write`. Times the parts.
   */
  async function pullAndWrite(input, stores, write) {
    const t0 = performance.now();
    const token = await signIn(input);
    const loginMs = performance.now() - t0;
    const db = new Dexie(input.dbName);
    db.version(1).stores(stores);
    await db.open();
    let fetchMs = 0;
    let writeMs = 0;
    let requests = 0;
    for (const collection of input.collections) {
      let checkpoint = null;
      for (;;) {
        const query = new URLSearchParams({ limit: String(input.batch) });
        if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
        const ta = performance.now();
        const res = await fetch(`/api/sync/${collection.name}/pull?${query}`, {
          headers: { authorization: `Bearer ${token}` },
          cache: 'no-store',
        });
        if (!res.ok) throw new Error(`pull ${collection.name}: HTTP ${res.status}`);
        const page = await res.json();
        const tb = performance.now();
        if (page.documents.length) await write(db, collection.name, page.documents, page.checkpoint);
        const tc = performance.now();
        fetchMs += tb - ta;
        writeMs += tc - tb;
        requests++;
        checkpoint = page.checkpoint;
        if (page.documents.length < input.batch) break;
      }
    }
    const totalMs = performance.now() - t0;
    // Verify what landed, outside the timed part.
    const counts = {};
    for (const collection of input.collections) counts[collection.name] = await db.table(collection.name).count();
    db.close();
    return { totalMs, loginMs, fetchMs, writeMs, requests, counts };
  }

  /**
   * The baseline: every batch `bulkPut` into a scratch Dexie database (Dexie's
   * UMD build must be injected first), one store per collection with the
   * collection's own indexed fields.
   */
  function baseline(input) {
    const stores = Object.fromEntries(input.collections.map((c) => [c.name, c.plainSchema]));
    return pullAndWrite(input, stores, (db, name, docs) => db.table(name).bulkPut(docs));
  }

  /**
   * What RxDB's replication asks of IndexedDB for each pulled batch, done by
   * hand with Dexie and no RxDB code (replication-protocol/downstream.js and
   * storage-dexie, RxDB 17): read the batch's ids from the collection and
   * from the replication meta store; in one read-write transaction read them
   * again and put the documents (RxDB's stored form: `_deleted` '0', `_rev`,
   * `_meta`, `_attachments`; RxDB's indexes); in another, read and put one
   * meta document per document, holding a full copy of it (the "assumed
   * master state"); then put the checkpoint. Batch by batch, like the
   * baseline; times reads and puts apart.
   */
  async function rxdbPattern(input) {
    const stores = {};
    for (const c of input.collections) {
      stores[c.name] = c.rxdbSchema;
      stores[`${c.name}__meta`] = 'id, [_deleted+id], [_meta.lwt+id], _meta.lwt';
    }
    const parts = { readMs: 0, docPutMs: 0, metaPutMs: 0 };
    const timed = async (key, promise) => {
      const t = performance.now();
      const result = await promise;
      parts[key] += performance.now() - t;
      return result;
    };
    const result = await pullAndWrite(input, stores, async (db, name, docs, checkpoint) => {
      const table = db.table(name);
      const meta = db.table(`${name}__meta`);
      const ids = docs.map((d) => d.id);
      const metaIds = ids.map((id) => `${id}|0`);
      const lwt = Date.now();
      await timed('readMs', Promise.all([table.bulkGet(ids), meta.bulkGet(metaIds)]));
      await db.transaction('rw', table, async () => {
        await timed('readMs', table.bulkGet(ids));
        await timed('docPutMs', table.bulkPut(docs.map((d) => ({ ...d, _deleted: '0', _rev: '1-bench', _meta: { lwt }, _attachments: {} }))));
      });
      await db.transaction('rw', meta, async () => {
        await timed('readMs', meta.bulkGet(metaIds));
        await timed(
          'metaPutMs',
          meta.bulkPut(
            docs.map((d) => ({
              id: `${d.id}|0`,
              isCheckpoint: '0',
              itemId: d.id,
              docData: d,
              _deleted: '0',
              _rev: '1-bench',
              _meta: { lwt },
              _attachments: {},
            })),
          ),
        );
      });
      await meta.put({ id: 'down|1', isCheckpoint: '1', itemId: 'down', checkpointData: checkpoint, _deleted: '0', _rev: '1-bench', _meta: { lwt }, _attachments: {} });
    });
    return { ...result, parts };
  }

  /**
   * Polls the app's IndexedDB until every collection holds the expected
   * number of documents. RxDB's Dexie storage keeps each collection in its
   * own database, `rxdb-dexie-<db>--<schema version>--<collection>`, with
   * the documents in the `docs` store; a document counted there is
   * committed. Only databases that already exist are opened (opening a
   * missing one would create it under RxDB's feet); connections close
   * themselves on `versionchange`.
   */
  async function waitForDocs(input) {
    const names = Object.keys(input.expected);
    const escaped = input.dbPrefix.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    const pattern = new RegExp(`^${escaped}.*--\\d+--(${names.join('|')})$`);
    const connections = new Map();
    const open = (name) =>
      new Promise((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          db.onversionchange = () => {
            db.close();
            connections.delete(name);
          };
          resolve(db);
        };
        request.onerror = () => resolve(undefined);
        request.onblocked = () => resolve(undefined);
      });
    const count = (db) =>
      new Promise((resolve) => {
        if (!db.objectStoreNames.contains('docs')) return resolve(0);
        const request = db.transaction('docs', 'readonly').objectStore('docs').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(0);
      });
    const counts = Object.fromEntries(names.map((n) => [n, 0]));
    const samples = [];
    const deadline = performance.now() + input.timeoutMs;
    const closeAll = () => {
      for (const db of connections.values()) db.close();
    };
    for (;;) {
      for (const info of await indexedDB.databases()) {
        const name = info.name ?? '';
        if (!pattern.test(name) || connections.has(name)) continue;
        const db = await open(name);
        if (db) connections.set(name, db);
      }
      for (const [name, db] of connections) {
        const collection = pattern.exec(name)[1];
        try {
          counts[collection] = await count(db);
        } catch {
          // closed by a versionchange in between: counted next time
        }
      }
      const now = performance.now();
      samples.push([Math.round(now), Object.values(counts).reduce((a, b) => a + b, 0)]);
      if (names.every((n) => counts[n] >= input.expected[n])) {
        closeAll();
        return { doneAt: now, counts, samples };
      }
      if (now > deadline) {
        closeAll();
        return { doneAt: null, counts, samples };
      }
      await new Promise((r) => setTimeout(r, input.pollMs));
    }
  }

  globalThis.xiaoanBench = { baseline, rxdbPattern, waitForDocs };
})();
