/**
 * Sign-in refusals read by their timing (issue 7 point 4): how long a wrong
 * password takes to refuse for an unknown username (checked against the
 * dummy hash), a normal account (default scrypt cost) and an account still
 * on its one-time initial password (hashed at a quarter of the cost), all
 * through `verifyAtDefaultCost`, the check the sign-in route runs. The
 * baseline is the plain check of the initial hash, which is what made such
 * accounts answer about 3× faster before. Interleaved rounds, medians.
 *
 *   npx tsx sync-server/bench/signInTiming.ts [--rounds 15] [--json]
 */
import { parseArgs } from 'node:util';
import {
  dummyPasswordHash,
  hashPassword,
  INITIAL_PASSWORD_SCRYPT,
  verifyAtDefaultCost,
  verifyPassword,
} from '../src/auth/passwords';
import { elapsedMs } from './lib/pgBench';
import { emitResult, type BenchResult } from './result';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds);
const WRONG = 'not-the-Pass-1';

const hashes = {
  unknown: await dummyPasswordHash(),
  normal: await hashPassword('Chosen-pass-4826'),
  initial: await hashPassword('Fresh-pass-4826', INITIAL_PASSWORD_SCRYPT),
};
type Path = keyof typeof hashes | 'initialPlain';
const samples: Record<Path, number[]> = { unknown: [], normal: [], initial: [], initialPlain: [] };

async function timed(check: () => Promise<boolean>): Promise<number> {
  const start = process.hrtime.bigint();
  await check();
  return elapsedMs(start);
}

for (let round = 0; round < ROUNDS; round++) {
  for (const path of ['unknown', 'normal', 'initial'] as const) {
    samples[path].push(await timed(() => verifyAtDefaultCost(WRONG, hashes[path])));
  }
  samples.initialPlain.push(await timed(() => verifyPassword(WRONG, hashes.initial)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const m = { unknown: median(samples.unknown), normal: median(samples.normal), initial: median(samples.initial), initialPlain: median(samples.initialPlain) };
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
// No path more than 1.5× faster or slower than another (before the fix: about 0.25×).
const within = (r: number) => r >= 1 / 1.5 && r <= 1.5;
const ratios = { initial: ratio(m.initial, m.normal), unknown: ratio(m.unknown, m.normal), plain: ratio(m.initialPlain, m.normal) };

const result: BenchResult = {
  id: 'server-signin-timing',
  title: 'Sign-in refusals: the same time for unknown, normal and initial-password accounts',
  metrics: [
    { name: 'initial-password account / normal account', value: ratios.initial, unit: '×', display: `×${ratios.initial.toFixed(2)}`, target: '0.67–1.5×', met: within(ratios.initial) },
    { name: 'unknown username / normal account', value: ratios.unknown, unit: '×', display: `×${ratios.unknown.toFixed(2)}`, target: '0.67–1.5×', met: within(ratios.unknown) },
    { name: 'baseline: plain check of an initial hash / normal', value: ratios.plain, unit: '×', display: `×${ratios.plain.toFixed(2)}` },
  ],
  notes: [
    `Medians of ${ROUNDS} interleaved rounds of a wrong password through \`verifyAtDefaultCost\`: unknown ${m.unknown.toFixed(1)} ms, normal ${m.normal.toFixed(1)} ms, initial password ${m.initial.toFixed(1)} ms; the plain check of the initial hash (what the route did before issue 7) ${m.initialPlain.toFixed(1)} ms.`,
    'The sign-in route runs this check on every path (tests/server/security/signIn.test.ts counts the scrypt work per refused sign-in, which is the same on all three); times here are wall-clock on a shared machine.',
  ],
  details: { medians: m, samples },
};

if (values.json) emitResult(result);
else console.log(result.metrics.map((x) => `${x.name}: ${x.display}`).join('\n'));
