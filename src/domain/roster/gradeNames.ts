import { parseSmallNumber } from './chineseNumerals';
import { GRADE_CODES, GRADE_LABELS, type GradeCode } from './grades';
import { normalizeCompact } from './normalizeText';

/**
 * Grade spellings seen in teachers' and students' files, folded to a
 * GradeCode: 一年级…六年级, 1年级, 初一 ≡ 七年级 ≡ 7年级 ≡ 初中一年级,
 * 高一 ≡ 十年级 ≡ 高中一年级, 小学三年级. Numbering runs 1–12 across the
 * stages (七年级 is the first year of 初中).
 */
type Stage = 'primary' | 'junior' | 'senior';

const STAGE_OF_PREFIX: Record<string, Stage> = {
  小学: 'primary',
  初中: 'junior',
  初: 'junior',
  高中: 'senior',
  高: 'senior',
};

/** First overall year number (1–12) of each stage, and its length. */
const STAGE_START: Record<Stage, number> = { primary: 1, junior: 7, senior: 10 };
const STAGE_YEARS: Record<Stage, number> = { primary: 6, junior: 3, senior: 3 };

const GRADE_PATTERN = /^(小学|初中|高中|初|高)?([一二三四五六七八九十]{1,3}|\d{1,2})(年级)?$/;

function stageOfYear(year: number): Stage | null {
  if (year >= 1 && year <= 6) return 'primary';
  if (year >= 7 && year <= 9) return 'junior';
  if (year >= 10 && year <= 12) return 'senior';
  return null;
}

/** Overall year 1–12 → GradeCode (P1…P6, J1…J3, S1…S3). */
function codeOfYear(year: number): GradeCode | null {
  return GRADE_CODES[year - 1] ?? null;
}

export function parseGrade(text: string): GradeCode | null {
  // 年級 is the traditional spelling, seen in files typed on Taiwan-made IMEs.
  const compact = normalizeCompact(text).replace(/級/g, '级');
  const match = GRADE_PATTERN.exec(compact);
  if (!match) return null;
  const [, prefix, numberText = '', suffix] = match;
  const n = parseSmallNumber(numberText);
  if (n === null) return null;

  if (!prefix) {
    // A bare number ("3", "三") is not a grade: it is more likely a class.
    return suffix ? codeOfYear(n) : null;
  }
  const stage = STAGE_OF_PREFIX[prefix];
  if (!stage) return null;
  // 小学三 without 年级 reads oddly; 初三 / 高三 are the normal spellings.
  if (stage === 'primary' && !suffix) return null;
  // Within a stage both its own count (初中一年级) and the overall count
  // (初中七年级) occur.
  if (n >= 1 && n <= STAGE_YEARS[stage]) return codeOfYear(STAGE_START[stage] + n - 1);
  return stageOfYear(n) === stage ? codeOfYear(n) : null;
}

/** The template's spelling of a grade (一年级, 初一, 高一 …). */
export function gradeLabel(code: GradeCode): string {
  return GRADE_LABELS[code];
}
