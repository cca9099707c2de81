import { describe, expect, it } from 'vitest';
import { createRandom } from '@/domain/demo/random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays within its ranges and reaches both ends', () => {
    const random = createRandom(1);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('honours weights', () => {
    const random = createRandom(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i++) counts[random.weighted([['a', 3], ['b', 1], ['never', 0]] as const)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('draws digits and rejects picking from nothing', () => {
    const random = createRandom(9);
    expect(random.digits(8)).toMatch(/^\d{8}$/);
    expect(() => random.pick([])).toThrow();
  });
});
