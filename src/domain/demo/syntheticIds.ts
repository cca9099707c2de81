import { checkCharacter } from '../roster/idNumber';
import type { Gender } from '../schemas/people';
import type { Random } from './random';

/**
 * Valid but synthetic ID numbers and phone numbers for the demo. Every
 * number is drawn once per generator, so no two demo people share one.
 */
export interface SyntheticIds {
  /** An ID number for someone born on `birth` (YYYYMMDD) in `region`. */
  idNumber(region: string, birth: string, gender: Gender): string;
  mobile(): string;
}

const MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '176', '177', '186', '187', '188', '199'];

export function createSyntheticIds(random: Random): SyntheticIds {
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  };
  return {
    idNumber: (region, birth, gender) =>
      unique(() => {
        // Sequence digits: the third is odd for men, even for women.
        const parity = gender === 'M' ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]);
        const first17 = `${region}${birth}${random.digits(2)}${parity}`;
        return first17 + checkCharacter(first17);
      }),
    mobile: () => unique(() => random.pick(MOBILE_PREFIXES) + random.digits(8)),
  };
}

const DAY_MS = 86_400_000;

/** A uniformly random date in [from, to] (UTC, inclusive) as YYYYMMDD. */
export function randomDate(random: Random, from: Date, to: Date): string {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS);
  const date = new Date(from.getTime() + random.int(0, days) * DAY_MS);
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}
