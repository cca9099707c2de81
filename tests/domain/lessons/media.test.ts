import { describe, expect, it } from 'vitest';
import { lessonMediaRefs } from '@/domain/lessons/lessonMedia';
import { distinctStoredMedia, downloadBytes, type MediaRef } from '@/domain/lessons/media';
import { sampleBody } from './support/sampleBody';

const png = (sha: string, bytes: number): MediaRef => ({ source: 'stored', sha256: sha.repeat(64), mime: 'image/png', bytes });

describe('download size', () => {
  it('counts each stored file once and bundled illustrations not at all', () => {
    const refs: MediaRef[] = [
      png('a', 100),
      { source: 'bundled', path: '/lessons/x/y.svg', mime: 'image/svg+xml' },
      png('b', 250),
      png('a', 100),
      { source: 'stored', sha256: 'c'.repeat(64), mime: 'video/mp4', bytes: 5000 },
    ];
    expect(distinctStoredMedia(refs).map((ref) => ref.sha256[0])).toEqual(['a', 'b', 'c']);
    expect(downloadBytes(refs)).toBe(5350);
    expect(downloadBytes([])).toBe(0);
  });
});

describe('lessonMediaRefs', () => {
  it('lists images, audio, video and posters in reading order', () => {
    const refs = lessonMediaRefs(sampleBody());
    expect(refs.map((ref) => ref.mime)).toEqual(['image/svg+xml', 'image/png', 'audio/mpeg', 'video/mp4', 'image/png']);
    // The poster repeats the page-one photo: downloaded once.
    expect(downloadBytes(refs)).toBe(2048 + 100_000 + 5_000_000);
  });
});
