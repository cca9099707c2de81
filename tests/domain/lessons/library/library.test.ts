import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRADE_BANDS } from '@/domain/lessons/gradeBands';
import { lessonMediaRefs } from '@/domain/lessons/lessonMedia';
import { BUILT_IN_LESSONS, findBuiltInLesson } from '@/domain/lessons/library';
import { parseLessonBody } from '@/domain/lessons/parseLessonBody';
import { LESSON_TOPICS, isLessonTopic } from '@/domain/lessons/topics';
import { svgProblems } from './svgCheck';

const PUBLIC_DIR = join(process.cwd(), 'public');

function illustrationPaths(lessonId: string): string[] {
  const lesson = findBuiltInLesson(lessonId);
  if (!lesson) throw new Error(`no lesson ${lessonId}`);
  return lessonMediaRefs(lesson.body).flatMap((ref) => (ref.source === 'bundled' ? [ref.path] : []));
}

describe('the built-in lesson library', () => {
  it('has at least 12 lessons with distinct stable ids and titles', () => {
    expect(BUILT_IN_LESSONS.length).toBeGreaterThanOrEqual(12);
    const ids = BUILT_IN_LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^builtin-[a-z0-9-]+$/.test(id) && id.length <= 64)).toBe(true);
    expect(new Set(BUILT_IN_LESSONS.map((lesson) => lesson.title)).size).toBe(ids.length);
  });

  it('covers every topic and every grade band', () => {
    expect(new Set(BUILT_IN_LESSONS.map((lesson) => lesson.topic))).toEqual(new Set(LESSON_TOPICS));
    expect(new Set(BUILT_IN_LESSONS.flatMap((lesson) => lesson.body.bands))).toEqual(new Set(GRADE_BANDS));
  });

  it.each(BUILT_IN_LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s is a valid lesson of 3–6 pages', (_id, lesson) => {
    expect(isLessonTopic(lesson.topic)).toBe(true);
    expect(lesson.title.trim()).not.toBe('');
    expect(parseLessonBody(lesson.body)).toEqual({ ok: true, lesson: lesson.body });
    expect(lesson.body.pages.length).toBeGreaterThanOrEqual(3);
    expect(lesson.body.pages.length).toBeLessThanOrEqual(6);
  });

  it.each(BUILT_IN_LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s has 5+ questions of all three types, each explained', (_id, lesson) => {
    const { questions } = lesson.body.test;
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true_false']));
    for (const question of questions) expect(question.explanation.trim().length, question.id).toBeGreaterThan(4);
  });

  it('finds lessons by id', () => {
    const [first] = BUILT_IN_LESSONS;
    expect(findBuiltInLesson(first?.id ?? '')).toBe(first);
    expect(findBuiltInLesson('builtin-nothing')).toBeUndefined();
  });
});

describe('the built-in illustrations', () => {
  it.each(BUILT_IN_LESSONS.map((lesson) => [lesson.id] as const))('%s has its own valid, small SVG illustrations', (id) => {
    const paths = illustrationPaths(id);
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const path of paths) {
      expect(path.startsWith(`/lessons/${id}/`), path).toBe(true);
      const file = join(PUBLIC_DIR, path);
      expect(existsSync(file), `${path} exists`).toBe(true);
      expect(svgProblems(readFileSync(file, 'utf8')), path).toEqual([]);
    }
  });

  it('ships no illustration that no lesson uses', () => {
    const referenced = new Set(BUILT_IN_LESSONS.flatMap((lesson) => illustrationPaths(lesson.id)));
    const shipped = readdirSync(join(PUBLIC_DIR, 'lessons')).flatMap((dir) =>
      readdirSync(join(PUBLIC_DIR, 'lessons', dir)).map((file) => `/lessons/${dir}/${file}`),
    );
    expect(shipped.filter((path) => !referenced.has(path))).toEqual([]);
  });
});

describe('the built-in lesson ids', () => {
  it('name exactly the library’s lessons, so write rules can check references without loading the text', async () => {
    const { BUILT_IN_LESSON_IDS } = await import('@/domain/lessons/library/ids');
    expect([...BUILT_IN_LESSON_IDS].sort()).toEqual(BUILT_IN_LESSONS.map((lesson) => lesson.id).sort());
  });
});
