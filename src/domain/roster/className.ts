import { parseChineseNumeral, parseSmallNumber, toChineseNumeral } from './chineseNumerals';
import { parseGrade } from './gradeNames';
import { gradeOrder, type GradeCode } from './grades';
import { normalizeCompact } from './normalizeText';

/**
 * Class names as the templates want them (附件5/6): a Chinese numeral and
 * 班 (一班 … 十二班), or a named class (实验班, 火箭班, 实验一班). Teacher
 * and student files must spell a class the same way, so anything else gets
 * a suggested canonical spelling rather than a silent rewrite: the importer
 * shows "3班 → 三班?" and the person confirms.
 */
const HAN_NAME = /^\p{Script=Han}{1,9}班$/u;
const NUMERAL_CHARS = /^[一二三四五六七八九十]+$/;
/** Brackets people wrap class numbers in: (1)班, [1]班, 【1】班, 〔1〕班. */
const BRACKETS = /[()[\]【】〔〕〈〉<>{}]/g;
/** "初一3班", "七年级(2)班", "三年级二班": a grade written into the class column. */
const GRADE_THEN_NUMBER = /^(.+?级|[初高][一二三四五六七八九十\d]{1,2})[([【〔]?(\d{1,2}|[一二三四五六七八九十]{1,3})[)\]】〕]?班?$/u;

export interface ClassNameResult {
  /** The input with full-width characters folded and spaces removed. */
  value: string;
  /** True when `value` differs from the input as given. */
  changed: boolean;
  /** The canonical spelling, when `value` is not canonical but one can be derived. */
  suggestion?: string;
}

/** True for 一班 … 九十九班 in the usual spelling, and for named classes (实验班). */
export function isCanonicalClassName(text: string): boolean {
  if (!HAN_NAME.test(text)) return false;
  const head = text.slice(0, -1);
  if (NUMERAL_CHARS.test(head)) {
    const n = parseChineseNumeral(head);
    return n !== null && toChineseNumeral(n) === head;
  }
  // A named class, unless it is a grade and a number (三年级二班).
  return classNumberAfterGrade(text) === null;
}

/** The number of a canonically numbered class (三班 → 3); null for a named class (实验班) or anything else. */
export function numberOfClass(name: string): number | null {
  if (!HAN_NAME.test(name)) return null;
  const head = name.slice(0, -1);
  return NUMERAL_CHARS.test(head) ? parseChineseNumeral(head) : null;
}

function classNumberAfterGrade(value: string): number | null {
  const match = GRADE_THEN_NUMBER.exec(value);
  if (!match || !parseGrade(match[1] ?? '')) return null;
  return parseSmallNumber(match[2] ?? '');
}

/** The class number a (possibly misspelt) numbered class name stands for. */
function classNumberOf(value: string): number | null {
  const bare = value.replace(BRACKETS, '').replace(/班$/, '');
  return parseSmallNumber(bare);
}

/** Derive the canonical spelling of a non-canonical name, if there is one. */
function suggestFor(value: string): string | undefined {
  const n = classNumberOf(value) ?? classNumberAfterGrade(value);
  return n !== null ? `${toChineseNumeral(n)}班` : undefined;
}

export function normalizeClassName(text: string): ClassNameResult {
  const value = normalizeCompact(text);
  const changed = value !== text;
  if (!value || isCanonicalClassName(value)) return { value, changed };
  const suggestion = suggestFor(value);
  return suggestion ? { value, changed, suggestion } : { value, changed };
}

/** The canonical form of a name if one is known, otherwise its folded form. */
export function canonicalClassName(text: string): string {
  const result = normalizeClassName(text);
  return result.suggestion ?? result.value;
}

/**
 * A string key that sorts numbered classes by number, then named classes
 * by name: 一班 < 二班 < 十班 < 实验班. Misspelt numbers (3班) sort with
 * their canonical form.
 */
export function classNameOrder(name: string): string {
  const canonical = canonicalClassName(name);
  const n = classNumberOf(canonical);
  return n !== null ? `0:${String(n).padStart(2, '0')}` : `1:${canonical}`;
}

export function compareClassNames(a: string, b: string): number {
  const ka = classNameOrder(a);
  const kb = classNameOrder(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Sort key of a class among its siblings: grade order first, then class order. */
export function classSortKey(grade: GradeCode, className: string): string {
  return `${String(gradeOrder(grade)).padStart(2, '0')}|${classNameOrder(className)}`;
}

/**
 * When `name` is another spelling of a class that already exists (3班 vs
 * 三班, 一 班 vs 一班), return the existing spelling; null when the name
 * matches exactly or matches nothing. A canonical existing spelling is
 * preferred when several existing names are spellings of the same class.
 */
export function findClassMismatch(name: string, existingNames: readonly string[]): string | null {
  if (existingNames.includes(name)) return null;
  const key = canonicalClassName(name);
  if (!key) return null;
  const same = existingNames.filter((existing) => canonicalClassName(existing) === key);
  return same.find(isCanonicalClassName) ?? same[0] ?? null;
}
