import { describe, expect, it } from 'vitest';
import { canRead } from '@/domain/auth/readScope';
import type { Principal } from '@/domain/auth/principal';
import { checkLessonEdit, lessonEdition, nextLessonEdition } from '@/domain/lessons/lessonEdits';
import { lessonTopicFits, parseLessonBodyFor } from '@/domain/lessons/lessonStatus';
import type { LessonBody } from '@/domain/lessons/model';
import { sampleBody } from './support/sampleBody';

const COUNTY = '/41/4115/411502/';
const SCHOOL = '/41/4115/411502/411502001/sch-a/';
const CLASS = `${SCHOOL}cls-a1/`;
const who = (id: string, role: Principal['role'], orgPath: string): Principal => ({ id, role, orgId: 'x', orgPath, personId: '' });

/** A body with the gaps a half-written draft has. */
function unfinished(): LessonBody {
  const body = sampleBody();
  body.summary = '';
  body.pages[0]!.title = '  ';
  body.test.questions = [{ id: 'q-new', type: 'single', prompt: '', explanation: '', options: [{ id: 'o-a', text: '' }, { id: 'o-b', text: '' }], correct: '' }];
  return body;
}

describe('lesson drafts', () => {
  it('saves an incomplete draft but publishes only a complete lesson', () => {
    expect(parseLessonBodyFor('draft', unfinished()).ok).toBe(true);
    expect(parseLessonBodyFor('draft', { ...sampleBody(), pages: [], test: { passPercent: 60, questions: [] } }).ok).toBe(true);
    const published = parseLessonBodyFor('published', unfinished());
    expect(published.ok).toBe(false);
    expect(lessonTopicFits('draft', '')).toBe(true);
    expect(lessonTopicFits('published', '')).toBe(false);
  });

  it('keeps a draft to a lesson’s shape: unknown fields, wrong types and over-long text are refused', () => {
    const extra = { ...unfinished(), secret: 1 };
    const long = unfinished();
    long.summary = '长'.repeat(201);
    const wrongType = { ...unfinished(), minutes: '20' };
    for (const body of [extra, long, wrongType]) expect(parseLessonBodyFor('draft', body).ok).toBe(false);
    // Even when the gaps alone exceed the usual error cap, a shape error behind them is found.
    const manyGaps = unfinished();
    manyGaps.pages = Array.from({ length: 25 }, () => ({ title: '', blocks: [{ type: 'paragraph', text: '' }] }));
    manyGaps.pages.push({ title: '', blocks: [{ type: 'paragraph', text: 1 as unknown as string }] });
    expect(parseLessonBodyFor('draft', manyGaps).ok).toBe(false);
  });

  it('lets only the author unit read a draft: not the subtree, not the units above', () => {
    const draft = { id: 'les-1', orgPath: COUNTY, kind: 'lesson', status: 'draft', createdBy: 'acc-county' };
    const published = { ...draft, status: 'published' };
    const county = who('acc-county', 'county_admin', COUNTY);
    const otherCountyAdmin = who('acc-county-2', 'county_admin', COUNTY);
    const province = who('acc-prov', 'province_admin', '/41/');
    const school = who('acc-school', 'school_admin', SCHOOL);
    const teacher = who('acc-teacher', 'teacher', SCHOOL);
    const student = who('acc-student', 'student', CLASS);
    expect(canRead(county, 'content', draft)).toBe(true);
    expect(canRead(otherCountyAdmin, 'content', draft)).toBe(true);
    for (const p of [province, school, teacher, student]) expect(canRead(p, 'content', draft)).toBe(false);
    for (const p of [province, county, school, teacher, student]) expect(canRead(p, 'content', published)).toBe(true);
  });

  it('lets a teacher’s class draft be read by that teacher only, not the class, its computer or the school', () => {
    const draft = { id: 'les-2', orgPath: CLASS, kind: 'lesson', status: 'draft', createdBy: 'acc-teacher' };
    expect(canRead(who('acc-teacher', 'teacher', SCHOOL), 'content', draft)).toBe(true);
    for (const p of [who('acc-t2', 'teacher', SCHOOL), who('acc-school', 'school_admin', SCHOOL), who('acc-room', 'classroom', CLASS), who('acc-s', 'student', CLASS)]) {
      expect(canRead(p, 'content', draft)).toBe(false);
    }
  });
});

describe('editions of a published lesson', () => {
  const stored = (body: unknown, status = 'published') => ({ id: 'les-1', orgPath: COUNTY, kind: 'lesson', status, body });

  it('counts one up when a published body changes, and not for drafts or unchanged bodies', () => {
    const body = sampleBody();
    expect(lessonEdition(body)).toBe(1);
    expect(nextLessonEdition(undefined, body)).toBe(1);
    expect(nextLessonEdition({ status: 'draft', body }, { ...body, summary: '改' })).toBe(1);
    expect(nextLessonEdition({ status: 'published', body }, { ...body })).toBe(1);
    expect(nextLessonEdition({ status: 'published', body: { ...body, edition: 2 } }, { ...body, summary: '改' })).toBe(3);
  });

  it('refuses a changed published lesson without a new edition, and going back to draft', () => {
    const body = sampleBody();
    const changed = { ...body, summary: '新的简介' };
    expect(checkLessonEdit(stored(body), stored({ ...changed, edition: 2 })).ok).toBe(true);
    expect(checkLessonEdit(stored(body), stored(changed))).toMatchObject({ ok: false, code: 'lesson_edition' });
    expect(checkLessonEdit(stored({ ...body, edition: 3 }), stored({ ...changed, edition: 2 }))).toMatchObject({ ok: false, code: 'lesson_edition' });
    expect(checkLessonEdit(stored(body), stored(body, 'draft'))).toMatchObject({ ok: false, code: 'lesson_unpublish' });
    expect(checkLessonEdit(stored(body, 'draft'), stored(changed, 'draft')).ok).toBe(true);
  });
});
