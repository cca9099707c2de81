/**
 * Parse + check of the 9,984-row student workbook, in Node, as the worker
 * runs it. Prints the first (cold) run and the median of the warm runs.
 *
 *   npx tsx bench/parse10k.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkWorkbook } from '@/import/checks/checkWorkbook';
import { parseWorkbook } from '@/import/read/parseWorkbook';
import { openWorkbook } from '@/import/read/openWorkbook';

const file = fileURLToPath(new URL('../../shared/fixtures/large/学生账号导入-10k.xlsx', import.meta.url));
const bytes = new Uint8Array(readFileSync(file));
const context = { schoolId: 'sch-1', today: new Date(2025, 8, 1) };

function run() {
  const t0 = performance.now();
  const parsed = parseWorkbook(bytes, '学生账号导入-10k.xlsx', { template: 'student' });
  const t1 = performance.now();
  const checked = checkWorkbook(parsed, context);
  const t2 = performance.now();
  if (checked.rows.length !== 9984 || checked.findings.length !== 0) throw new Error('unexpected result');
  return { parse: t1 - t0, check: t2 - t1, total: t2 - t0 };
}

function sheetJsOnly(): number {
  const t0 = performance.now();
  openWorkbook(bytes);
  return performance.now() - t0;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (n: number) => Math.round(n);

const cold = run();
const warm = Array.from({ length: 7 }, run);
const baseline = Array.from({ length: 5 }, sheetJsOnly);
console.log(
  JSON.stringify({
    rows: 9984,
    coldMs: { parse: round(cold.parse), check: round(cold.check), total: round(cold.total) },
    warmMedianMs: { parse: round(median(warm.map((w) => w.parse))), check: round(median(warm.map((w) => w.check))), total: round(median(warm.map((w) => w.total))) },
    sheetJsReadAloneMedianMs: round(median(baseline)),
  }),
);
