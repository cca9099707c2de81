// The benchmarks `npm run bench` runs (scripts/bench.mjs), in this order.
//
// A module is a script run as `node --import tsx <file> <args…>` in its own
// process group. It prints what it likes, and as its LAST line of standard
// output one JSON object, a BenchResult (sync-server/bench/result.ts):
//   { id, title, metrics: [{ name, value, unit, display, target?, met? }], notes: [markdown…], details? }
// The runner shows the metrics in its table and writes the notes into the
// module's section of docs/benchmarks.md (between `<!-- bench:<id>:start -->`
// and `<!-- bench:<id>:end -->`).
//
// Adding a benchmark = writing such a script and adding one entry here:
//   id             section key in docs/benchmarks.md (the script's result.id must match)
//   file, args     what to run (paths relative to the repository root)
//   timeoutSeconds after this the runner stops the module and every process it started
//   needsApp       true: a production build of the app is made once per run and
//                  passed as $XIAOAN_BENCH_DIST (bench/lib/appBuild.mjs)
//   optional       a reason text: a failure is reported as "skipped", not as an error
//   enabled        () => true | string: a string skips the module with that reason

const postgresUrl = process.env.XIAOAN_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A module that runs against the PostgreSQL server at postgresUrl (skipped when there is none). */
function onPostgres(module) {
  return {
    ...module,
    args: ['--json', '--postgres', postgresUrl],
    optional: `needs PostgreSQL at ${postgresUrl.replace(/\/\/[^@/]*@/, '//')}`,
    enabled: () => (postgresUrl === '0' ? 'XIAOAN_BENCH_POSTGRES=0' : true),
  };
}

export const BENCH_MODULES = [
  {
    id: 'server-pull-sqlite',
    file: 'sync-server/bench/pull.ts',
    args: ['--json'],
    timeoutSeconds: 150,
  },
  {
    id: 'server-pull-postgres',
    file: 'sync-server/bench/pull.ts',
    args: ['--json', '--postgres', postgresUrl],
    timeoutSeconds: 180,
    optional: `needs PostgreSQL at ${postgresUrl.replace(/\/\/[^@/]*@/, '//')} (XIAOAN_BENCH_POSTGRES=<url> or 0 to skip)`,
    enabled: () => (postgresUrl === '0' ? 'XIAOAN_BENCH_POSTGRES=0' : true),
  },
  // Issue 7 point 4: refusing an unknown name, a normal account and an initial-password account takes the same time.
  { id: 'server-signin-timing', file: 'sync-server/bench/signInTiming.ts', args: ['--json'], timeoutSeconds: 120 },
  // Issue 13 point 2: a county's pull with millions of other counties' documents around it, and without.
  onPostgres({ id: 'server-scope-pull', file: 'sync-server/bench/scopePull.ts', timeoutSeconds: 1500 }),
  // Issue 13 point 4: two server processes, 500 streams, steady pushes; nothing lost or doubled.
  onPostgres({ id: 'server-load-run', file: 'sync-server/bench/loadRun.ts', timeoutSeconds: 300 }),
  {
    id: 'initial-replication',
    file: 'bench/initialReplication.ts',
    args: ['--json'],
    timeoutSeconds: 900,
    needsApp: true,
  },
  {
    // Issue 4 point 10 (the 10k-student workbook through the import wizard) and
    // issue 2 point 7 (the roster at 10,000 students; bench/rosterScroll.ts).
    id: 'import-workbook',
    file: 'bench/importWorkbook.ts',
    args: ['--json'],
    timeoutSeconds: 300,
    needsApp: true,
  },
  {
    // Issue 12 points 3 and 4: the roster above school level at 50,000 students; the heap after a first sign-in.
    id: 'roster-county',
    file: 'bench/rosterCounty.ts',
    args: ['--json'],
    timeoutSeconds: 420,
    needsApp: true,
  },
  {
    // Issue 12 point 5: initial JavaScript, precache and a 1 Mbit/s link.
    id: 'bundle',
    file: 'bench/bundle.ts',
    args: ['--json'],
    timeoutSeconds: 300,
    needsApp: true,
  },
];
