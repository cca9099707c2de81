import { describe, expect, it } from 'vitest';
import { hashPictures, isPictureSequence, PICTURES, randomPictures, usesPictures, verifyPictures } from '@/domain/activities/picturePasswords';
import { hashPin, verifyPin } from '@/domain/activities/pins';
import { parseActivityData } from '@/domain/activities/records';

describe('picture passwords', () => {
  it('verifies the same three pictures in the same order, and nothing else', async () => {
    const stored = await hashPictures(['sun', 'fish', 'tree']);
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPictures(['sun', 'fish', 'tree'], stored)).toBe(true);
    for (const wrong of [['fish', 'sun', 'tree'], ['sun', 'fish'], ['sun', 'fish', 'tree', 'cat'], ['sun', 'sun', 'tree'], ['sun', 'fish', 'dog']]) {
      expect(await verifyPictures(wrong, stored)).toBe(false);
    }
    // Salted: the same sequence hashes differently each time.
    expect((await hashPictures(['sun', 'fish', 'tree'])).hash).not.toBe(stored.hash);
  });

  it('keeps a picture password apart from a PIN, and both fit the student_pin record', async () => {
    const pin = await hashPin('1234');
    const pictures = await hashPictures(['cat', 'car', 'moon']);
    expect(await verifyPin('1234', pictures)).toBe(false);
    expect(parseActivityData('student_pin', { ...pin, pictures }).ok).toBe(true);
    expect(parseActivityData('student_pin', { ...pin, pictures: { salt: 'x', hash: pictures.hash } }).ok).toBe(false);
    expect(parseActivityData('student_pin', { ...pin, pictures: { ...pictures, sequence: ['cat'] } }).ok).toBe(false);
  });

  it('makes random sequences of three different known pictures, for grades 1–3 only', () => {
    for (let i = 0; i < 50; i++) expect(isPictureSequence(randomPictures())).toBe(true);
    expect(PICTURES).toHaveLength(9);
    expect(['P1', 'P2', 'P3'].every((g) => usesPictures(g as 'P1'))).toBe(true);
    expect(usesPictures('P4')).toBe(false);
    expect(usesPictures('')).toBe(false);
  });
});
