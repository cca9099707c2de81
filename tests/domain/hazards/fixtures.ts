import type { PhotoRef } from '@/domain/hazards';

/** A valid photo reference; `n` makes the hash distinct. */
export function photo(n = 1): PhotoRef {
  return { hash: n.toString(16).padStart(64, '0'), mime: 'image/jpeg', bytes: 240_000, width: 1600, height: 1200 };
}

export const DAY = 86_400_000;
/** 2025-03-03 10:00 Beijing time. */
export const T0 = Date.UTC(2025, 2, 3, 2, 0, 0);
