/**
 * Pull cost set by the scope (issue 13.2): a county's data, then the same
 * pulls again after millions of documents of other counties are added
 * around it in time. The ratio of the two is what matters (target ≤ 1.5×).
 *
 *   npx tsx sync-server/bench/scopePull.ts --postgres postgres://… [--others 5000000] [--docs 20000] [--json]
 *
 * The county is seeded as in pull.ts (validated documents) and its stamps
 * are spread over the same span as the other counties' documents, so a
 * walk of the whole collection in checkpoint order would pass every one of
 * them. The other counties' documents are generated in the database
 * (generate_series) in the `people` collection, 16 cities × 200 counties.
 */
import { parseArgs } from 'node:util';
import { lastId, parentPathOf } from '../../src/domain/org/path';
import { readScope, type Principal } from '../../src/domain/auth/permissions';
import { buildApp } from '../src/app';
import { createAccount } from '../src/auth/accounts';
import { loadConfig } from '../src/config';
import { commit } from '../src/replication/commit';
import { ChangeHub } from '../src/replication/hub';
import { openPostgresStorage, toPgPlaceholders } from '../src/storage/postgres';
import { benchLogin, createBenchDatabase, elapsedMs, PG_BENCH_OPTIONS } from './lib/pgBench';
import { pullQuery } from './lib/pullQuery';
import { emitResult, formatCount, formatSeconds, type BenchResult } from './result';
import { BENCH_AUTHOR, BENCH_PASSWORD, COUNTY_ADMIN, SCHOOL_TEACHER, seedCounty } from './seed';

const { values } = parseArgs({
  options: {
    ...PG_BENCH_OPTIONS,
    others: { type: 'string', default: '5000000' },
    docs: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '500' },
  },
});
const OTHERS = Number(values.others);
const BATCH = Number(values.batch);
const ROUNDS = 5;
const TOWNSHIP_ADMIN = 'bench-township';
const SCHOOL_ADMIN = 'bench-school';

interface Reader {
  label: string;
  username: string;
  principal: Principal;
}

async function main(): Promise<void> {
  const db = await createBenchDatabase(values.postgres, 'scope');
  const storage = await openPostgresStorage(db.url);
  try {
    const seeded = await seedCounty(storage, { documents: Number(values.docs) });
    const { countyPath, firstSchool } = seeded.dataset;
    const townshipPath = parentPathOf(firstSchool.path);
    const principal = (role: Principal['role'], orgPath: string): Principal => ({ id: 'x', role, orgId: lastId(orgPath), orgPath, personId: '' });
    const readers: Reader[] = [
      { label: 'county administrator', username: COUNTY_ADMIN, principal: principal('county_admin', countyPath) },
      { label: 'township administrator', username: TOWNSHIP_ADMIN, principal: principal('township_admin', townshipPath) },
      { label: 'school administrator', username: SCHOOL_ADMIN, principal: principal('school_admin', firstSchool.path) },
      { label: 'teacher', username: SCHOOL_TEACHER, principal: principal('teacher', firstSchool.path) },
    ];
    await commit(storage, new ChangeHub(), async (tx, changes) => {
      for (const r of readers.slice(1, 3)) {
        const { role, orgId, orgPath } = r.principal;
        await createAccount(tx, changes, { username: r.username, role, orgId, orgPath, password: BENCH_PASSWORD, mustChangePassword: false, displayName: BENCH_AUTHOR });
      }
    });
    // The county's stamps spread over the span the other counties will fill.
    const [{ t0 }] = (await db.client.query<{ t0: string }>('SELECT MAX(server_updated_at) AS t0 FROM docs')).rows as [{ t0: string }];
    const start = Number(t0) + 1;
    const span = Math.max(OTHERS, 1);
    await db.client.query(`UPDATE docs SET server_updated_at = $1::bigint + (abs(hashtext(id)) % $2::int) WHERE collection = 'people'`, [start, span]);
    await db.client.query('UPDATE server_clock SET last_value = $1 WHERE id = 1', [start + span + 1]);
    await storage.analyze();

    const app = await buildApp({ config: { ...loadConfig({}), port: 0, host: '127.0.0.1', demo: false }, storage });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const base = `http://127.0.0.1:${address.port}`;
    const tokens = new Map<string, string>();
    for (const r of readers) tokens.set(r.username, await benchLogin(base, r.username));

    /** A fresh device's pull of `people`: the fastest of a few rounds (the machine is shared; the fastest is the least disturbed). */
    const measure = async (r: Reader) => {
      const runs: { ms: number; docs: number; requests: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        let checkpoint: unknown = null;
        let docs = 0;
        let requests = 0;
        const t = process.hrtime.bigint();
        for (;;) {
          const q = new URLSearchParams({ limit: String(BATCH) });
          if (checkpoint) q.set('checkpoint', JSON.stringify(checkpoint));
          const res = await fetch(`${base}/api/sync/people/pull?${q}`, { headers: { authorization: `Bearer ${tokens.get(r.username)}` } });
          if (!res.ok) throw new Error(`pull: HTTP ${res.status}`);
          const page = (await res.json()) as { documents: unknown[]; checkpoint: unknown };
          docs += page.documents.length;
          requests++;
          checkpoint = page.checkpoint;
          if (page.documents.length < BATCH) break;
        }
        runs.push({ ms: elapsedMs(t), docs, requests });
      }
      runs.sort((a, b) => a.ms - b.ms);
      return runs[0] as (typeof runs)[number];
    };

    /**
     * The pull query of a reader as the storage builds it, run under
     * EXPLAIN (ANALYZE, BUFFERS) from the middle of the span: the pages it
     * touches do not depend on the machine's load.
     */
    const explain = async (r: Reader) => {
      const q = await pullQuery('people', readScope(r.principal, 'people'), { updatedAt: start + Math.floor(span / 2), id: '' }, BATCH);
      const { rows } = await db.client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${toPgPlaceholders(q.sql)}`, q.params);
      const lines = rows.map((row) => row['QUERY PLAN'].trim());
      const buffers = /Buffers: shared (?:hit=(\d+))?\s*(?:read=(\d+))?/.exec(lines.find((l) => l.startsWith('Buffers:')) ?? '');
      return { pages: Number(buffers?.[1] ?? 0) + Number(buffers?.[2] ?? 0), plan: lines.filter((l) => !/^(Buffers|Planning|Execution)/.test(l)).join(' | ') };
    };

    const alone = new Map<string, Awaited<ReturnType<typeof measure>>>();
    const alonePages = new Map<string, number>();
    for (const r of readers) {
      alone.set(r.label, await measure(r));
      alonePages.set(r.label, (await explain(r)).pages);
    }

    // The rest of the province: other counties' people, interleaved in time.
    let t = process.hrtime.bigint();
    await db.client.query(
      `INSERT INTO docs (collection, id, org_path, branch, subject_id, tag, server_updated_at, deleted, data)
       SELECT 'people', 'o' || g, b || 't' || (g % 9) || '/s' || (g % 37) || '/', b, '', '', $1::bigint + g, 0,
              '{"id":"o' || g || '","orgPath":"' || b || '","kind":"student","name":"测试学生","note":"' || repeat('x', 200) || '"}'
       FROM (SELECT g, '/41/c' || (g % 16) || '/k' || (g % 200) || '/' AS b FROM generate_series(1, $2::bigint) AS g) AS s`,
      [start, OTHERS],
    );
    const insertMs = elapsedMs(t);
    t = process.hrtime.bigint();
    await db.client.query('VACUUM ANALYZE docs');
    const analyzeMs = elapsedMs(t);

    const crowded = new Map<string, Awaited<ReturnType<typeof measure>>>();
    const crowdedPages = new Map<string, number>();
    for (const r of readers) {
      crowded.set(r.label, await measure(r));
      crowdedPages.set(r.label, (await explain(r)).pages);
    }
    const plan = (await explain(readers[0]!)).plan;

    await app.close();

    const metrics: BenchResult['metrics'] = [];
    const lines: string[] = [
      `county seeded with ${formatCount(seeded.documents)} documents (people ${formatCount(seeded.counts.people ?? 0)}), stamps spread over the span of the others`,
      `other counties: ${formatCount(OTHERS)} people documents in 3,200 counties, inserted in ${formatSeconds(insertMs)}, VACUUM ANALYZE ${formatSeconds(analyzeMs)}`,
    ];
    for (const r of readers) {
      const a = alone.get(r.label)!;
      const c = crowded.get(r.label)!;
      const ratio = c.ms / a.ms;
      lines.push(
        `${r.label} (people, ${formatCount(a.docs)} documents, ${a.requests} requests of ${BATCH}): ${a.ms.toFixed(0)} ms alone, ` +
          `${c.ms.toFixed(0)} ms with ${formatCount(OTHERS)} others (${c.docs === a.docs ? 'same documents' : `DIFFERENT: ${c.docs}`}), ×${ratio.toFixed(2)}; ` +
          `one batch from mid-span touches ${alonePages.get(r.label)} pages alone, ${crowdedPages.get(r.label)} with the others`,
      );
      metrics.push({ name: `${r.label}: with / without ${formatCount(OTHERS)} others`, value: Number(ratio.toFixed(2)), unit: '×', display: `×${ratio.toFixed(2)} (${a.ms.toFixed(0)} → ${c.ms.toFixed(0)} ms)`, target: '≤ 1.5×', met: ratio <= 1.5 && c.docs === a.docs });
    }
    lines.push(`plan, county scope from mid-span: ${plan}`);
    for (const line of lines) console.log(line);
    if (values.json) {
      emitResult({
        id: 'server-scope-pull',
        title: 'Pull cost set by the scope (PostgreSQL, other counties around it)',
        metrics,
        notes: [
          `Real server on PostgreSQL, real HTTP pull route, \`people\` pulled from scratch in batches of ${BATCH}, fastest of ${ROUNDS} rounds (the 2-core machine is shared); ` +
            `the same pulls before and after ${formatCount(OTHERS)} documents of other counties are added, in one run.`,
          ...lines.map((line) => `- ${line}`),
        ],
        details: {
          others: OTHERS,
          alone: Object.fromEntries(alone),
          crowded: Object.fromEntries(crowded),
          pages: { alone: Object.fromEntries(alonePages), crowded: Object.fromEntries(crowdedPages) },
        },
      });
    }
  } finally {
    await storage.close().catch(() => undefined);
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
