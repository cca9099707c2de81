/**
 * Issue 11.2 — photos travel as files keyed by their SHA-256. The server
 * stores only images within the size cap whose bytes match their hash, once
 * however often uploaded, and hands one out only to whoever uploaded it or
 * may read a document that refers to it (the same answer as "no such file").
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '@/domain/hazards';
import { activity, by, hazard, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];
function jpeg(seed: string, size = 2000): Buffer {
  const body = Buffer.alloc(size, seed);
  return Buffer.concat([Buffer.from(JPEG_HEAD), body]);
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const photoRef = (b: Buffer) => ({ hash: sha(b), mime: 'image/jpeg' as const, bytes: b.length, width: 800, height: 600 });

describe.each(STORAGE_KINDS)('photo files (%s)', (kind) => {
  let h: Harness;
  let teacherA: string;
  const tokens: Record<string, string> = {};
  const put = (b: Buffer, token: string, hash = sha(b)) =>
    h.app.inject({ method: 'PUT', url: `/api/files/${hash}`, payload: b, headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' } });
  const fetchAs = (method: 'GET' | 'HEAD', b: Buffer, token: string) =>
    h.app.inject({ method, url: `/api/files/${sha(b)}`, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    h = await createHarness(kind);
    for (const u of ['teachera', 'teacherb', 'schoola', 'schoolb', 'county1', 'studenta1']) tokens[u] = await h.login(u);
    teacherA = tokens.teachera!;
  });
  afterAll(async () => h?.close());

  it('stores an image once however often it is uploaded, and says so to HEAD', async () => {
    const photo = jpeg('a');
    expect((await fetchAs('HEAD', photo, teacherA)).statusCode).toBe(404);
    const first = await put(photo, teacherA);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ sha256: sha(photo), mime: 'image/jpeg', bytes: photo.length, created: true });
    const again = await put(photo, tokens.schoola!);
    expect([again.statusCode, again.json().created]).toEqual([200, false]);
    expect((await fetchAs('HEAD', photo, teacherA)).statusCode).toBe(200);
    expect(Buffer.from((await fetchAs('GET', photo, teacherA)).rawPayload)).toEqual(photo);
  });

  it('refuses files that are not images, too large, not matching their hash, or from roles that record no hazards', async () => {
    const text = Buffer.from('<svg onload="alert(1)"></svg>');
    expect([(await put(text, teacherA)).statusCode, (await put(text, teacherA)).json().code]).toEqual([415, 'not_an_image']);
    const huge = jpeg('h', PHOTO_MAX_BYTES);
    expect((await put(huge, teacherA)).statusCode).toBe(413);
    const photo = jpeg('b');
    const wrong = await put(photo, teacherA, sha(jpeg('c')));
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'hash_mismatch']);
    expect((await put(photo, teacherA, 'not-a-hash')).statusCode).toBe(400);
    expect((await put(photo, tokens.studenta1!)).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'PUT', url: `/api/files/${sha(photo)}`, payload: photo })).statusCode).toBe(401);
    for (const b of [text, huge, photo]) expect((await fetchAs('HEAD', b, teacherA)).statusCode).toBe(404);
  });

  it('gives a photo to whoever may read a hazard that refers to it, and to nobody else', async () => {
    const photo = jpeg('d');
    expect((await put(photo, teacherA)).statusCode).toBe(201);
    // Before any document refers to it, only the uploader reads it.
    expect((await fetchAs('GET', photo, tokens.schoola!)).statusCode).toBe(404);
    const doc = by('teachera', { ...hazard('hz-photo', PATHS.schoolA), photos: [photoRef(photo)] });
    expect((await h.push('hazards', [row(doc)], teacherA)).body).toEqual({ conflicts: [], refused: [] });
    for (const reader of ['schoola', 'county1']) {
      const res = await fetchAs('GET', photo, tokens[reader]!);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(Buffer.from(res.rawPayload)).toEqual(photo);
    }
    // Another school: the same answer as for a file that does not exist.
    for (const outsider of ['teacherb', 'schoolb']) {
      const res = await fetchAs('GET', photo, tokens[outsider]!);
      expect([res.statusCode, res.json().code]).toEqual([404, 'file_not_found']);
    }
    expect((await fetchAs('GET', jpeg('never-uploaded'), tokens.county1!)).json().code).toBe('file_not_found');
  });

  it('gives a drill record’s photos to the county above the school, and not to another school', async () => {
    const photo = jpeg('drill');
    expect((await put(photo, tokens.schoola!)).statusCode).toBe(201);
    const data = {
      planName: '火灾疏散预案', drillType: 'fire', place: '操场', commander: '王校长', participants: 0,
      classHeadcounts: [], problems: '', improvements: '', photos: [photoRef(photo)],
    };
    const drill = by('schoola', { ...activity('drill-photo', PATHS.schoolA, 'lesson_session', 'sch-a', data, ''), kind: 'drill' as const });
    expect((await h.push('activities', [row(drill)], tokens.schoola!)).body).toEqual({ conflicts: [], refused: [] });
    const res = await fetchAs('GET', photo, tokens.county1!);
    expect(res.statusCode).toBe(200);
    expect(Buffer.from(res.rawPayload)).toEqual(photo);
    const outsider = await fetchAs('GET', photo, tokens.schoolb!);
    expect([outsider.statusCode, outsider.json().code]).toEqual([404, 'file_not_found']);
  });
});
