// Synthetic people for the e2e tests. ID numbers are computed with the
// domain's own check-character function (GB 11643), never hard-coded, and
// are checked against what the server already holds so a test never
// collides with the demo roster.

import { randomInt } from 'node:crypto';
import { checkCharacter } from '../../../src/domain/roster/idNumber';

/** The demo county (浉河区, 信阳市). */
export const DEMO_REGION = '411502';
export const DEMO_PASSWORD = 'Xiaoan@2468';

/**
 * A valid ID number born on `birth` (YYYYMMDD) in the demo region. The
 * sequence's last digit is odd for a boy, even for a girl (GB 11643).
 */
export function syntheticIdNumber(birth: string, gender: 'M' | 'F', sequence2 = randomInt(0, 100)): string {
  const parity = gender === 'M' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8];
  const digit = parity[randomInt(0, parity.length)] ?? 1;
  const first17 = `${DEMO_REGION}${birth}${String(sequence2).padStart(2, '0')}${digit}`;
  return first17 + checkCharacter(first17);
}

/** `count` distinct valid ID numbers that none of `taken` holds. */
export function freshIdNumbers(count: number, taken: ReadonlySet<string>, birth = '20150301'): { idNumber: string; gender: 'M' | 'F' }[] {
  const out: { idNumber: string; gender: 'M' | 'F' }[] = [];
  const used = new Set(taken);
  while (out.length < count) {
    const gender = out.length % 2 === 0 ? 'M' : 'F';
    const idNumber = syntheticIdNumber(birth, gender);
    if (used.has(idNumber)) continue;
    used.add(idNumber);
    out.push({ idNumber, gender });
  }
  return out;
}

// Han characters that are valid in names and rare in the demo's name lists,
// so a search by a generated name finds only the person the test made.
const NAME_CHARS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥乾坤震巽坎离艮兑';

/** A unique-looking name: a surname-like prefix plus three random characters. */
export function syntheticName(prefix = '测'): string {
  let name = prefix;
  for (let i = 0; i < 3; i++) name += NAME_CHARS[randomInt(0, NAME_CHARS.length)];
  return name;
}

/** `count` distinct names. */
export function syntheticNames(count: number, prefix = '测'): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(syntheticName(prefix));
  return [...names];
}

/** A valid mainland mobile number (1[3-9] + 9 digits), random. */
export function syntheticPhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}
