import type { CellObject } from 'xlsx';
import { gradeLabel, normalizeCell, normalizeCompact, normalizeIdNumber, parseGrade } from '@/domain';
import type { FieldKey } from '../types';

/**
 * Characters normalisation would change: spaces of every kind, invisible
 * characters, full-width ASCII. Most cells have none, and skipping the
 * character-by-character fold for them halves the reading time of a
 * 10,000-row sheet; the result is the same by construction.
 */
const NEEDS_FOLDING = /[\s\u00a0\u3000\u200b-\u200d\ufeff\uff01-\uff5e]/;

function clean(text: string): string {
  return NEEDS_FOLDING.test(text) ? normalizeCell(text) : text;
}

function compact(text: string): string {
  return NEEDS_FOLDING.test(text) ? normalizeCompact(text) : text;
}

/** A cell's raw value as text: numbers without exponent, errors and empty cells as ''. */
export function rawText(cell: CellObject | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
    case 'n':
    case 'b':
      return cell.v === undefined || cell.v === null ? '' : String(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    default:
      return ''; // 'e' (#N/A …) and 'z' stubs carry no usable value
  }
}

/** 4.11502E+17 typed or pasted as text: the digits are gone just the same. */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;
/** Numbers of 16 digits or more have lost digits: Excel keeps 15 significant digits (4.11502201705177E+17). */
const PRECISE_LIMIT = 1e15;

export interface IdCell {
  value: string;
  storedAsNumber: boolean;
}

/** The ID number cell, read as text; a number too large to be exact is flagged. */
export function idNumberCell(cell: CellObject | undefined): IdCell {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    const storedAsNumber = Math.abs(cell.v) >= PRECISE_LIMIT || !Number.isInteger(cell.v);
    return { value: String(cell.v), storedAsNumber };
  }
  const text = rawText(cell);
  const value = /^\d{17}[\dX]$/.test(text) ? text : normalizeIdNumber(text);
  return { value, storedAsNumber: SCIENTIFIC.test(value) };
}

/**
 * Normalised text of a field's cell, as every later check sees it: trimmed
 * (including full-width spaces), full-width letters and digits folded, runs
 * of inner space kept as one space (so "龚 琪华" is still caught), grade
 * spellings folded to the template's (七年级 → 初一).
 */
export function fieldText(field: FieldKey, cell: CellObject | undefined): string {
  const text = rawText(cell);
  switch (field) {
    case 'schoolType':
      // 中学,小学 / 中学/小学 are the notice's 中学、小学.
      return compact(text).replace(/[,/;]/g, '、');
    case 'gender':
    case 'nature':
    case 'stage':
    case 'phone':
    case 'email':
    case 'seq':
      return compact(text);
    case 'grade': {
      const value = clean(text);
      const code = parseGrade(value);
      return code ? gradeLabel(code) : value;
    }
    default:
      return clean(text);
  }
}
