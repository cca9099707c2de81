/**
 * Issue 10 — lesson drafts stay with their author unit, and only that unit
 * edits a published lesson. Each case is what another unit's device sends
 * or pulls, and the server's answer.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentDoc } from '@/domain/schemas';
import { sampleBody } from '../../domain/lessons/support/sampleBody';
import { hashPictures } from '@/domain/activities/picturePasswords';
import { hashPin } from '@/domain/activities/pins';
import { activity, base, by, PATHS, type Wire } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

function lesson(id: string, orgPath: string, status: ContentDoc['status'], body: Record<string, unknown> = { ...sampleBody() }): Wire<ContentDoc> {
  return { ...base(id, orgPath), kind: 'lesson', title: `课程${id}`, topic: status === 'draft' ? '' : 'drowning', status, startsAt: 0, endsAt: 0, body, deletedAt: 0, _deleted: false };
}

/** Half written: no topic, a blank summary, a question without an answer. */
const unfinishedBody = () => ({
  ...sampleBody(),
  summary: '',
  test: { passPercent: 60, questions: [{ id: 'q-1', type: 'single', prompt: '', explanation: '', options: [{ id: 'o-a', text: '' }, { id: 'o-b', text: '' }], correct: '' }] },
});

const mp3 = (seed: string, size = 3000) => Buffer.concat([Buffer.from('ID3'), Buffer.alloc(size, seed)]);
const mp4 = (seed: string, size = 3000) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(size, seed)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A published-ready body whose first page plays `audio`. */
const withAudio = (audio: Buffer) => {
  const body = sampleBody();
  body.pages[0]!.blocks.push({ type: 'audio', media: { source: 'stored', sha256: sha(audio), mime: 'audio/mpeg', bytes: audio.length }, title: '录音' });
  return { ...body };
};

const codes = (res: { refused: { id: string; code: string }[] }) => res.refused.map((r) => [r.id, r.code]);

describe.each(STORAGE_KINDS)('lesson drafts and edits (%s)', (kind) => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  const ids = async (user: string) => (await h.pullAll('content', tokens[user] ?? '')).map((d) => d.id);
  beforeAll(async () => {
    h = await createHarness(kind);
    for (const user of ['county1', 'town1', 'schoola', 'safetya', 'teachera', 'teacherb', 'studenta1', 'rooma']) tokens[user] = await h.login(user);
  });
  afterAll(async () => h?.close());

  it('keeps a county draft from everyone in its subtree until it is published', async () => {
    const draft = by('county1', lesson('les-draft', PATHS.county, 'draft', unfinishedBody()));
    expect(codes(await h.push('content', [row(draft)], tokens.county1 ?? ''))).toEqual([]);
    expect(await ids('county1')).toContain('les-draft');
    for (const user of ['town1', 'schoola', 'safetya', 'teachera', 'studenta1', 'rooma']) expect(await ids(user)).not.toContain('les-draft');

    // An incomplete lesson is not published.
    const halfPublished = by('county1', { ...draft, status: 'published', topic: 'drowning' }, draft);
    expect(codes(await h.push('content', [row(halfPublished, draft)], tokens.county1 ?? ''))).toEqual([['les-draft', 'invalid_body']]);
    const published = by('county1', { ...draft, status: 'published', topic: 'drowning', body: { ...sampleBody() } }, draft);
    expect(codes(await h.push('content', [row(published, draft)], tokens.county1 ?? ''))).toEqual([]);
    for (const user of ['town1', 'schoola', 'teachera', 'studenta1', 'rooma']) expect(await ids(user)).toContain('les-draft');
    // And it never goes back to draft.
    const unpublished = by('county1', { ...published, status: 'draft' }, published);
    expect(codes(await h.push('content', [row(unpublished, published)], tokens.county1 ?? ''))).toEqual([['les-draft', 'lesson_unpublish']]);
  });

  it('keeps a teacher’s class draft from the school, the class computer and the students', async () => {
    const draft = by('teachera', lesson('les-tdraft', PATHS.classA, 'draft', unfinishedBody()));
    expect(codes(await h.push('content', [row(draft)], tokens.teachera ?? ''))).toEqual([]);
    expect(await ids('teachera')).toContain('les-tdraft');
    for (const user of ['schoola', 'safetya', 'county1', 'studenta1', 'rooma']) expect(await ids(user)).not.toContain('les-tdraft');
  });

  it('lets only the author unit edit a published lesson, with a new edition', async () => {
    const v1 = by('county1', lesson('les-pub', PATHS.county, 'published'));
    expect(codes(await h.push('content', [row(v1)], tokens.county1 ?? ''))).toEqual([]);
    const noBump = by('county1', { ...v1, body: { ...sampleBody(), summary: '改过的简介' } }, v1);
    expect(codes(await h.push('content', [row(noBump, v1)], tokens.county1 ?? ''))).toEqual([['les-pub', 'lesson_edition']]);
    const v2 = by('county1', { ...v1, body: { ...sampleBody(), summary: '改过的简介', edition: 2 } }, v1);
    expect(codes(await h.push('content', [row(v2, v1)], tokens.county1 ?? ''))).toEqual([]);
    // Readers below receive the new edition.
    expect((await h.pullAll('content', tokens.teachera ?? '')).find((d) => d.id === 'les-pub')).toMatchObject({ body: { edition: 2, summary: '改过的简介' } });
    // The school's administrator below may not rewrite it.
    const bySchool = by('schoola', { ...v2, body: { ...sampleBody(), edition: 3 } }, v2);
    expect(codes(await h.push('content', [row(bySchool, v2)], tokens.schoola ?? ''))).toEqual([['les-pub', 'out_of_scope']]);
  });

  it('refuses a county administrator rewriting or deleting a teacher’s class lesson', async () => {
    const own = by('teachera', lesson('les-class', PATHS.classA, 'published'));
    expect(codes(await h.push('content', [row(own)], tokens.teachera ?? ''))).toEqual([]);
    const rewritten = by('county1', { ...own, body: { ...sampleBody(), summary: '县里改的', edition: 2 } }, own);
    const deleted = by('county1', { ...own, _deleted: true }, own);
    expect(codes(await h.push('content', [row(rewritten, own)], tokens.county1 ?? ''))).toEqual([['les-class', 'not_author_unit']]);
    expect(codes(await h.push('content', [row(deleted, own)], tokens.county1 ?? ''))).toEqual([['les-class', 'not_author_unit']]);
    const bySchool = by('schoola', { ...own, body: { ...sampleBody(), edition: 2 } }, own);
    expect(codes(await h.push('content', [row(bySchool, own)], tokens.schoola ?? ''))).toEqual([['les-class', 'publisher_level']]);
    // The teacher edits it, with its next edition.
    const edited = by('teachera', { ...own, body: { ...sampleBody(), summary: '老师改的', edition: 2 } }, own);
    expect(codes(await h.push('content', [row(edited, own)], tokens.teachera ?? ''))).toEqual([]);
    expect((await h.pullAll('content', tokens.studenta1 ?? '')).find((d) => d.id === 'les-class')).toMatchObject({ body: { edition: 2 } });
  });

  describe('lesson media files', () => {
    const put = (b: Buffer, user: string, type = 'audio/mpeg') =>
      h.app.inject({ method: 'PUT', url: `/api/files/${sha(b)}`, payload: b, headers: { authorization: `Bearer ${tokens[user] ?? ''}`, 'content-type': type } });
    const get = (b: Buffer, user: string) => h.app.inject({ method: 'GET', url: `/api/files/${sha(b)}`, headers: { authorization: `Bearer ${tokens[user] ?? ''}` } });

    it('takes audio and video only from roles that write lessons, within the size caps', async () => {
      expect((await put(mp3('a'), 'county1')).statusCode).toBe(201);
      expect((await put(mp4('v'), 'teachera', 'video/mp4')).json()).toMatchObject({ mime: 'video/mp4', created: true });
      // A school administrator and the safety leader upload hazard photos, not lesson media; students nothing.
      for (const user of ['schoola', 'safetya']) {
        const res = await put(mp3(`x${user}`), user);
        expect([res.statusCode, res.json().code]).toEqual([403, 'forbidden_media']);
      }
      for (const user of ['studenta1', 'rooma']) expect((await put(mp3('s'), user)).statusCode).toBe(403);
      // Bigger than anything the school administrator may upload: refused before the body is read.
      const big = mp4('b', 3 * 1024 * 1024);
      expect((await put(big, 'schoola', 'video/mp4')).statusCode).toBe(413);
      for (const b of [mp3('xschoola'), mp3('s'), big]) expect((await h.app.inject({ method: 'HEAD', url: `/api/files/${sha(b)}`, headers: { authorization: `Bearer ${tokens.county1 ?? ''}` } })).statusCode).toBe(404);
    });

    it('hands a lesson’s medium to its readers: a draft’s to its author unit only', async () => {
      const audio = mp3('d');
      expect((await put(audio, 'county1')).statusCode).toBe(201);
      const draft = by('county1', lesson('les-media', PATHS.county, 'draft', withAudio(audio)));
      expect(codes(await h.push('content', [row(draft)], tokens.county1 ?? ''))).toEqual([]);
      for (const user of ['teachera', 'teacherb', 'studenta1']) expect((await get(audio, user)).statusCode).toBe(404);
      const published = by('county1', { ...draft, status: 'published', topic: 'drowning' }, draft);
      expect(codes(await h.push('content', [row(published, draft)], tokens.county1 ?? ''))).toEqual([]);
      for (const user of ['teachera', 'teacherb', 'studenta1', 'rooma']) {
        const res = await get(audio, user);
        expect([res.statusCode, Buffer.from(res.rawPayload).equals(audio)]).toEqual([200, true]);
      }
    });
  });

  it('takes a picture password only from the student’s own teacher, hashed, never from the classroom computer', async () => {
    const data = { ...(await hashPin('2468')), pictures: await hashPictures(['sun', 'fish', 'tree']) };
    const pin = (user: string, extra: Record<string, unknown> = data) => by(user, activity('pin-s-a1', PATHS.classA, 'student_pin', 's-a1', extra, ''));
    expect(codes(await h.push('activities', [row(pin('rooma'))], tokens.rooma ?? ''))).toEqual([['pin-s-a1', 'forbidden_kind']]);
    expect(codes(await h.push('activities', [row(pin('teacherb'))], tokens.teacherb ?? ''))).toEqual([['pin-s-a1', 'out_of_scope']]);
    // The sequence itself is never stored: only a salted hash fits the record.
    const plain = pin('teachera', { ...data, pictures: { sequence: ['sun', 'fish', 'tree'] } });
    expect(codes(await h.push('activities', [row(plain)], tokens.teachera ?? ''))).toEqual([['pin-s-a1', 'invalid_data']]);
    expect(codes(await h.push('activities', [row(pin('teachera'))], tokens.teachera ?? ''))).toEqual([]);
    expect((await h.pullAll('activities', tokens.rooma ?? '')).find((d) => d.id === 'pin-s-a1')).toMatchObject({ data: { pictures: data.pictures } });
  });
});
