/**
 * Strict checks of small JSON bodies without valibot: these bodies are
 * checked by the write rules, which the first screen's domain barrel
 * reaches, and the first screen carries no third-party package.
 */
export type Check = (value: unknown) => boolean;

export const isInt = (min: number, max: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
export const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
export const optional = (check: Check): Check => (v) => v === undefined || check(v);

/** An object with exactly these keys (optional ones may be missing), each passing its check. */
export function strictObject(shape: Record<string, Check>): Check {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    if (Object.keys(record).some((key) => !(key in shape))) return false;
    return Object.entries(shape).every(([key, check]) => check(record[key]));
  };
}

export function arrayOf(item: Check, min: number, max: number): Check {
  return (v) => Array.isArray(v) && v.length >= min && v.length <= max && v.every(item);
}

/** The parse result the UI and the write rules read. */
export type PlainResult<T> = { ok: true; body: T } | { ok: false };
