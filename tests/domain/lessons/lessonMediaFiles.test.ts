import { describe, expect, it } from 'vitest';
import type { Principal } from '@/domain/auth/principal';
import { PHOTO_MAX_BYTES } from '@/domain/hazards/photos';
import { largestUpload, sniffMediaMime, uploadLimit } from '@/domain/lessons/lessonMediaFiles';
import { MEDIA_MAX_BYTES } from '@/domain/lessons/media';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const who = (role: Principal['role'], orgPath = '/41/4115/411502/'): Principal => ({ id: 'a', role, orgId: 'x', orgPath, personId: '' });

describe('lesson media files', () => {
  it('recognises pictures, MP3, M4A and MP4 by their first bytes, and nothing else', () => {
    expect(sniffMediaMime(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaMime(bytes('ID3', [3, 0]))).toBe('audio/mpeg');
    expect(sniffMediaMime(bytes([0xff, 0xfb, 0x90, 0x00]))).toBe('audio/mpeg');
    expect(sniffMediaMime(bytes([0, 0, 0, 0x20], 'ftypM4A ', [0, 0]))).toBe('audio/mp4');
    expect(sniffMediaMime(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0]))).toBe('video/mp4');
    for (const other of [bytes('<svg onload=alert(1)>'), bytes('OggS', [0]), bytes([0x1a, 0x45, 0xdf, 0xa3]), bytes('')]) expect(sniffMediaMime(other)).toBeNull();
  });

  it('lets lesson writers upload audio and video, hazard recorders only photos, others nothing', () => {
    const county = who('county_admin');
    const teacher = who('teacher', '/41/4115/411502/411502001/sch-a/');
    const school = who('school_admin', '/41/4115/411502/411502001/sch-a/');
    const student = who('student', '/41/4115/411502/411502001/sch-a/cls-a1/');
    expect(uploadLimit(county, 'video/mp4')).toBe(MEDIA_MAX_BYTES.video);
    expect(uploadLimit(teacher, 'audio/mpeg')).toBe(MEDIA_MAX_BYTES.audio);
    expect(uploadLimit(school, 'audio/mpeg')).toBe(0);
    expect(uploadLimit(school, 'image/png')).toBe(PHOTO_MAX_BYTES);
    expect(uploadLimit(student, 'image/png')).toBe(0);
    expect([largestUpload(county), largestUpload(school), largestUpload(student)]).toEqual([MEDIA_MAX_BYTES.video, PHOTO_MAX_BYTES, 0]);
  });
});
