/**
 * A closed set of stored codes, each with the Chinese word the exports,
 * registers and server refusal reasons use (screens translate the codes
 * through i18n). Written once as `[code, label]` pairs, so a code cannot
 * lack its label nor a label outlive its code; the order is the display
 * order.
 */
export interface Vocabulary<C extends string> {
  readonly entries: readonly (readonly [C, string])[];
  /** The codes in display order: picklists, selects, iteration. */
  readonly codes: readonly C[];
  readonly labels: Readonly<Record<C, string>>;
  /** True for one of the codes: the guard for values read from storage, files or the wire. */
  readonly has: (value: unknown) => value is C;
}

export function vocabulary<const C extends string>(entries: readonly (readonly [C, string])[]): Vocabulary<C> {
  const codes = entries.map(([code]) => code);
  const labels = Object.fromEntries(entries) as Record<C, string>;
  const known = new Set<unknown>(codes);
  return { entries, codes, labels, has: (value: unknown): value is C => known.has(value) };
}
