import { utils, type CellObject } from 'xlsx';
import { TEMPLATES } from '../templates';
import { fieldOfHeader } from '../templates/headerMatch';
import { TEMPLATE_KINDS, type ColumnRef, type FieldKey, type TemplateKind } from '../types';
import { rawText } from './cells';
import { HEADER_SCAN_ROWS } from './limits';

/** How well one row reads as one template's header row. */
export interface HeaderMatch {
  template: TemplateKind;
  /** 0-based index into the sheet's rows. */
  rowIndex: number;
  columns: ColumnRef[];
  /** Key columns of the template the row lacks (their canonical headers). */
  missing: string[];
}

/** Columns of `row` that are headers of `template`; the first occurrence of a field wins. */
export function matchColumns(template: TemplateKind, row: readonly (CellObject | undefined)[]): ColumnRef[] {
  const columns: ColumnRef[] = [];
  const seen = new Set<FieldKey>();
  row.forEach((cell, index) => {
    const header = rawText(cell);
    if (!header) return;
    const field = fieldOfHeader(template, header);
    if (!field || seen.has(field)) return;
    seen.add(field);
    columns.push({ field, index, letter: utils.encode_col(index), header: header.trim() });
  });
  return columns;
}

function missingKeys(template: TemplateKind, columns: readonly ColumnRef[]): string[] {
  const found = new Set(columns.map((c) => c.field));
  return TEMPLATES[template].columns.filter((c) => (c.required || c.key) && !found.has(c.field)).map((c) => c.header);
}

/**
 * Rank of a match: complete matches first, then more matched columns,
 * then the larger share of the template matched (a student file also
 * matches four of the teacher template's six columns).
 */
function score(match: HeaderMatch): [number, number, number] {
  const total = TEMPLATES[match.template].columns.length;
  return [match.missing.length === 0 ? 1 : 0, match.columns.length, match.columns.length / total];
}

function better(a: HeaderMatch, b: HeaderMatch): boolean {
  const [a1, a2, a3] = score(a);
  const [b1, b2, b3] = score(b);
  return a1 !== b1 ? a1 > b1 : a2 !== b2 ? a2 > b2 : a3 > b3;
}

/** A header needs at least this many recognised columns, so a title row never counts. */
const MIN_HEADER_COLUMNS = 2;

/**
 * Every template's reading of the best header row among the first rows
 * of a sheet, best first; empty when no row looks like a header. Title
 * and instruction rows may be missing and blank rows may precede it.
 */
export function findHeader(rows: readonly (readonly (CellObject | undefined)[] | undefined)[]): HeaderMatch[] {
  let best: HeaderMatch[] = [];
  let bestCount = MIN_HEADER_COLUMNS - 1;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const row = rows[rowIndex];
    if (!row) continue;
    const matches = TEMPLATE_KINDS.map((template) => {
      const columns = matchColumns(template, row);
      return { template, rowIndex, columns, missing: missingKeys(template, columns) };
    });
    const count = Math.max(...matches.map((m) => m.columns.length));
    // The earliest row with the most recognised headers is the header row.
    if (count > bestCount) {
      bestCount = count;
      best = matches.filter((m) => m.columns.length > 0).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    }
  }
  return best;
}
