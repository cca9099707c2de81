/**
 * What a bench module hands to `npm run bench` (scripts/bench.mjs): one
 * JSON object on the last line of its standard output. Everything before
 * that line is for people and is passed through.
 */

export interface BenchMetric {
  /** What was measured, e.g. "county administrator, all collections". */
  name: string;
  value: number;
  unit: string;
  /** The figure as it should be shown, e.g. "42,440 docs/s". */
  display: string;
  /** The target as text, e.g. "≥ 20,000 docs/s"; absent when there is none. */
  target?: string;
  met?: boolean;
}

export interface BenchResult {
  /** Stable id: also the key of the module's section in docs/benchmarks.md. */
  id: string;
  title: string;
  metrics: BenchMetric[];
  /** Markdown lines for docs/benchmarks.md (method, breakdown, caveats). */
  notes: string[];
  /** Raw figures, kept in the JSON output. */
  details?: unknown;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 42440 → "42,440". */
export function formatCount(n: number): string {
  return grouped.format(n);
}

/** Milliseconds as seconds with two decimals. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Print the result as the module's last line of output. */
export function emitResult(result: BenchResult): void {
  console.log(JSON.stringify(result));
}
