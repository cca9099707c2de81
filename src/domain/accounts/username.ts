import { nameSyllables } from '../roster/pinyin';

/**
 * Usernames are the toneless pinyin of the person's name, lower-case ASCII
 * with no separators (王浩 → wanghao, 曾明 → zengming, 吕布 → lvbu), with a
 * number appended on collision (wanghao, wanghao2, wanghao3 …), as the
 * notice's account lists do. A device offline can only propose a name
 * (accounts.requestedUsername); the server assigns the final one with this
 * same rule on first sync.
 */
const USERNAME_MAX = 64;
/** Leaves room for a collision suffix within the schema's 64 characters. */
const BASE_MAX = 40;
const MAX_SUFFIX = 1_000_000;
/** When a name yields no letters at all (e.g. only rare characters). */
export const FALLBACK_USERNAME = 'user';

export function baseUsername(name: string): string {
  const base = nameSyllables(name).tokens.join('').slice(0, BASE_MAX);
  return base || FALLBACK_USERNAME;
}

/**
 * The first free name among base, base2, base3 … (the first collision gets
 * 2, never 1: people read wanghao1 as a typo of wanghao).
 */
export function assignUsername(base: string, isTaken: (username: string) => boolean): string {
  if (!isTaken(base)) return base;
  // A bound, so a broken `isTaken` fails loudly instead of spinning forever.
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const candidate = `${base}${n}`;
    if (candidate.length > USERNAME_MAX) break;
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`no free username for base "${base}"`);
}
