import { describe, expect, it } from 'vitest';
import { mayReferToPhotos, photoHashesOf } from '@/domain/hazards/photos';

const HASH = 'ab'.repeat(32);

describe('photo references kept per document', () => {
  it('come from hazards, inspections and drill records, not from other activities', () => {
    expect(mayReferToPhotos('hazards', {})).toBe(true);
    expect(mayReferToPhotos('inspections', {})).toBe(true);
    expect(mayReferToPhotos('activities', { kind: 'drill' })).toBe(true);
    expect(mayReferToPhotos('activities', { kind: 'attempt' })).toBe(false);
    expect(mayReferToPhotos('people', {})).toBe(false);
  });

  it('are found in a drill’s data.photos', () => {
    const drill = { kind: 'drill', data: { photos: [{ hash: HASH, mime: 'image/jpeg', bytes: 10, width: 1, height: 1 }] } };
    expect(photoHashesOf(drill)).toEqual([HASH]);
  });
});
