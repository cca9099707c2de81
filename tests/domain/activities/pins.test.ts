import { describe, expect, it } from 'vitest';
import { parseActivityData } from '@/domain/activities';
import { hashPin, randomPin, verifyPin } from '@/domain/activities/pins';

describe('classroom sign-in PINs', () => {
  it('verifies the PIN it hashed and nothing else, with a fresh salt each time', async () => {
    const stored = await hashPin('2468');
    expect(parseActivityData('student_pin', stored).ok).toBe(true);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
    expect((await hashPin('2468')).salt).not.toBe(stored.salt);
    await expect(hashPin('12a4')).rejects.toThrow();
  });

  it('draws four-digit PINs that are not one digit repeated', () => {
    for (let i = 0; i < 200; i++) {
      const pin = randomPin();
      expect(pin).toMatch(/^\d{4}$/);
      expect(new Set(pin).size).toBeGreaterThan(1);
    }
  });
});
