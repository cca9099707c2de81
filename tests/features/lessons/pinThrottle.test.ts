import { beforeEach, describe, expect, it } from 'vitest';
import { recordFailure, recordSuccess, waitFor } from '@/features/lessons/pinThrottle';

describe('wrong PINs on the classroom computer', () => {
  beforeEach(() => localStorage.clear());

  it('allows three tries, then makes the student wait 30 s, doubling with each further wrong try', () => {
    const t0 = 1_000_000;
    recordFailure('s1', t0);
    recordFailure('s1', t0);
    expect(waitFor('s1', t0)).toBe(0);
    recordFailure('s1', t0);
    expect(waitFor('s1', t0)).toBe(30_000);
    recordFailure('s1', t0 + 30_000);
    expect(waitFor('s1', t0 + 30_000)).toBe(60_000);
    // Another student is not held up; a right PIN clears the count.
    expect(waitFor('s2', t0)).toBe(0);
    recordSuccess('s1');
    expect(waitFor('s1', t0)).toBe(0);
  });
});
