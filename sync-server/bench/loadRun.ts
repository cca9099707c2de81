/**
 * Load run (issue 13.4): two real server processes on one PostgreSQL
 * database, 500 open change streams spread over both, and a steady stream
 * of pushes from simulated devices of many schools (each new hazard or an
 * edit of the device's previous one), each device pushing through one
 * process while the streams of its school sit on both.
 *
 *   npx tsx sync-server/bench/loadRun.ts --postgres postgres://… [--streams 500] [--seconds 30] [--pause 400] [--json]
 *
 * Reports pushes per second, push latency (p50/p99, the HTTP round trip),
 * the delay from commit (the transaction's stamp) to delivery on a stream
 * of the other process and of the same one, and checks that nothing is
 * lost or delivered twice: every stream's final copy equals what the
 * server returns to a fresh pull for that account.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { createAccount } from '../src/auth/accounts';
import { commit } from '../src/replication/commit';
import { ChangeHub } from '../src/replication/hub';
import { openPostgresStorage } from '../src/storage/postgres';
import { benchLogin, createBenchDatabase, elapsedMs, percentile, PG_BENCH_OPTIONS } from './lib/pgBench';
import { emitResult, formatCount } from './result';
import { BENCH_AUTHOR, BENCH_PASSWORD, seedCounty } from './seed';

const { values } = parseArgs({
  options: {
    ...PG_BENCH_OPTIONS,
    streams: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '30' },
    pause: { type: 'string', default: '400' },
  },
});
const STREAMS = Number(values.streams);
const PER_USER = 5;
const ACCOUNTS = Math.ceil(STREAMS / PER_USER);
const SECONDS = Number(values.seconds);
const PAUSE_MS = Number(values.pause);
const PROCESSES = 2;

type Doc = Record<string, unknown> & { id: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startProcess(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', XIAOAN_DEMO: '0', LOG_LEVEL: 'error', XIAOAN_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server process did not start');
}

/** One device's open stream: the hazards it received, with arrival times. */
class Device {
  readonly copy = new Map<string, string>();
  readonly seen = new Set<string>();
  doubled = 0;
  readonly delays: { ms: number; remote: boolean }[] = [];
  private readonly controller = new AbortController();
  ready: Promise<void>;

  constructor(
    readonly base: string,
    readonly token: string,
    /** Which process the device's writer pushes through, per document id prefix. */
    private readonly writerOf: (id: string) => string,
  ) {
    this.ready = this.open();
  }

  private async open(): Promise<void> {
    const res = await fetch(`${this.base}/api/sync/stream`, { headers: { authorization: `Bearer ${this.token}` }, signal: this.controller.signal });
    if (!res.ok || !res.body) throw new Error(`stream: HTTP ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let first: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (first = resolve));
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            this.frame(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
          first();
        }
      } catch {
        // closed at the end of the run
      }
    })();
    await opened;
  }

  private frame(block: string): void {
    const data = block.split('\n').find((l) => l.startsWith('data: '));
    if (!data || block.includes('event: ')) return;
    const now = Date.now();
    const message = JSON.parse(data.slice(6)) as { collection: string; documents: Doc[]; checkpoint: { updatedAt: number } };
    if (message.collection !== 'hazards') return;
    for (const doc of message.documents) {
      const version = `${doc.id}@${message.checkpoint.updatedAt}`;
      if (this.seen.has(version)) this.doubled++;
      this.seen.add(version);
      this.copy.set(doc.id, JSON.stringify(doc));
      this.delays.push({ ms: now - message.checkpoint.updatedAt, remote: this.writerOf(doc.id) !== this.base });
    }
  }

  close(): void {
    this.controller.abort();
  }
}

function hazardOf(id: string, school: { id: string; path: string }, by: string, now: number, description: string): Doc {
  return {
    id,
    orgPath: school.path,
    createdAt: now,
    createdBy: by,
    modifiedAt: now,
    modifiedBy: by,
    schoolId: school.id,
    inspectionId: '',
    category: 'fire',
    level: 'general',
    description,
    responsible: '张三',
    deadline: now,
    status: 'registered',
    steps: [],
    deletedAt: 0,
    _deleted: false,
  };
}

async function main(): Promise<void> {
  const db = await createBenchDatabase(values.postgres, 'load');
  const children: ChildProcess[] = [];
  try {
    // A county, and ACCOUNTS school administrators spread over its schools.
    const storage = await openPostgresStorage(db.url);
    const seeded = await seedCounty(storage, { documents: 20_000 });
    const schools = seeded.dataset.orgs.filter((o) => o.kind === 'school').map((o) => ({ id: o.id, path: o.orgPath }));
    const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({ id: `load-acc-${i}`, username: `load-${i}`, school: schools[i % schools.length]! }));
    await commit(storage, new ChangeHub(), async (tx, changes) => {
      for (const a of accounts) {
        await createAccount(tx, changes, {
          id: a.id,
          username: a.username,
          role: 'school_admin',
          orgId: a.school.id,
          orgPath: a.school.path,
          password: BENCH_PASSWORD,
          mustChangePassword: false,
          displayName: BENCH_AUTHOR,
        });
      }
    });
    await storage.close();

    const processes: string[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const p = await startProcess(db.url);
      children.push(p.child);
      processes.push(p.base);
    }
    const tokens = new Map<string, string>();
    for (const a of accounts) tokens.set(a.id, await benchLogin(processes[0]!, a.username));

    // Writer i pushes through process i % 2; its documents' ids say which writer.
    const writerBase = (i: number) => processes[i % PROCESSES]!;
    const writerOfId = (id: string) => writerBase(Number(id.split('-')[1]));
    const devices: Device[] = [];
    for (let s = 0; s < STREAMS; s++) {
      const a = accounts[s % ACCOUNTS]!;
      devices.push(new Device(processes[(s + Math.floor(s / ACCOUNTS)) % PROCESSES]!, tokens.get(a.id)!, writerOfId));
    }
    await Promise.all(devices.map((d) => d.ready));

    const latencies: number[] = [];
    let pushes = 0;
    let failures = 0;
    const started = process.hrtime.bigint();
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      accounts.map(async (a, i) => {
        const token = tokens.get(a.id)!;
        let previous: Doc | undefined;
        let n = 0;
        await new Promise((r) => setTimeout(r, Math.random() * PAUSE_MS));
        while (Date.now() < until) {
          const now = Date.now();
          // Every other push edits the device's previous hazard; the others create one.
          const next = previous && n % 2 === 1
            ? { ...previous, description: `整改中 ${n}`, modifiedAt: Number(previous.modifiedAt) + 1 }
            : hazardOf(`hz-${i}-${n}`, a.school, a.id, now, `灭火器过期 ${n}`);
          const row = previous && next.id === previous.id ? { assumedMasterState: previous, newDocumentState: next } : { newDocumentState: next };
          const t = process.hrtime.bigint();
          const res = await fetch(`${writerBase(i)}/api/sync/hazards/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify([row]),
          });
          const body = (await res.json()) as { conflicts?: unknown[]; refused?: unknown[] };
          latencies.push(elapsedMs(t));
          if (!res.ok || body.conflicts?.length || body.refused?.length) failures++;
          else previous = next;
          pushes++;
          n++;
          await new Promise((r) => setTimeout(r, PAUSE_MS * (0.5 + Math.random())));
        }
      }),
    );
    const pushMs = elapsedMs(started);

    // Let the streams drain, then compare each device's copy with a fresh pull for its account.
    const serverCopy = new Map<string, Map<string, string>>();
    for (const a of accounts) {
      const res = await fetch(`${processes[1]!}/api/sync/hazards/pull?limit=10000`, { headers: { authorization: `Bearer ${tokens.get(a.id)}` } });
      const page = (await res.json()) as { documents: Doc[] };
      serverCopy.set(a.id, new Map(page.documents.map((d) => [d.id, JSON.stringify(d)])));
    }
    const equal = (d: Device, s: Map<string, string>) => d.copy.size === s.size && [...s].every(([id, json]) => d.copy.get(id) === json);
    const deadline = Date.now() + 30_000;
    const expected = (s: number) => serverCopy.get(accounts[s % ACCOUNTS]!.id)!;
    while (Date.now() < deadline && !devices.every((d, s) => equal(d, expected(s)))) await new Promise((r) => setTimeout(r, 200));
    const mismatched = devices.filter((d, s) => !equal(d, expected(s))).length;
    const doubled = devices.reduce((n, d) => n + d.doubled, 0);
    const delivered = devices.reduce((n, d) => n + d.seen.size, 0);
    for (const d of devices) d.close();

    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const lat = sorted(latencies);
    const remote = sorted(devices.flatMap((d) => d.delays.filter((x) => x.remote).map((x) => x.ms)));
    const local = sorted(devices.flatMap((d) => d.delays.filter((x) => !x.remote).map((x) => x.ms)));
    const perSecond = pushes / (pushMs / 1000);
    const lines = [
      `${PROCESSES} server processes (node --import tsx sync-server/src/main.ts) on one PostgreSQL database; ${STREAMS} change streams of ${ACCOUNTS} school administrators (${PER_USER} devices each) over ${schools.length} schools, alternating between the processes`,
      `${ACCOUNTS} simulated devices pushed for ${SECONDS} s, each one row per push (a new hazard or an edit of its previous one), pausing ${PAUSE_MS / 2}–${(PAUSE_MS * 3) / 2} ms between pushes, through process ${'i mod 2'}`,
      `${formatCount(pushes)} pushes, ${perSecond.toFixed(1)} per second, ${failures} refused or in conflict; push latency p50 ${percentile(lat, 50).toFixed(0)} ms, p99 ${percentile(lat, 99).toFixed(0)} ms`,
      `commit → delivery on the other process's streams: p50 ${percentile(remote, 50)} ms, p99 ${percentile(remote, 99)} ms (${formatCount(remote.length)} deliveries); on the writer's own process: p50 ${percentile(local, 50)} ms, p99 ${percentile(local, 99)} ms (${formatCount(local.length)})`,
      `${formatCount(delivered)} document versions delivered; ${doubled} delivered twice; ${mismatched} of ${STREAMS} devices whose copy differs from a fresh pull for their account`,
    ];
    for (const line of lines) console.log(line);
    if (values.json) {
      emitResult({
        id: 'server-load-run',
        title: 'Load run: two server processes on PostgreSQL, 500 streams, steady pushes',
        metrics: [
          { name: 'pushes per second', value: Number(perSecond.toFixed(1)), unit: '/s', display: `${perSecond.toFixed(1)}/s (${formatCount(pushes)} pushes)` },
          { name: 'push latency p50 / p99', value: percentile(lat, 99), unit: 'ms', display: `${percentile(lat, 50).toFixed(0)} / ${percentile(lat, 99).toFixed(0)} ms` },
          { name: 'commit → delivery, other process, p50 / p99', value: percentile(remote, 99), unit: 'ms', display: `${percentile(remote, 50)} / ${percentile(remote, 99)} ms` },
          { name: 'lost or doubled', value: mismatched + doubled, unit: 'devices', display: `${mismatched} devices differ, ${doubled} doubled`, target: '0', met: mismatched + doubled === 0 && failures === 0 },
        ],
        notes: [
          'Commit → delivery is measured from the transaction\'s stamp (the server clock taken inside the write transaction) to the arrival of the event at the simulated device; both clocks are this machine\'s.',
          ...lines.map((line) => `- ${line}`),
        ],
        details: { pushes, failures, pushMs, latency: { p50: percentile(lat, 50), p99: percentile(lat, 99) }, remote: remote.length, local: local.length, doubled, mismatched },
      });
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
