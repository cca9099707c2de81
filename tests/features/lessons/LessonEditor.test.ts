import { describe, expect, it, vi } from 'vitest';
import { checkContentWrite } from '@/domain/activities/writeRules';
import { canRead } from '@/domain/auth/readScope';
import type { DocLookup } from '@/domain/auth/references';
import type { ContentDoc } from '@/domain/schemas';
import { placeOf } from '@/features/lessons/editor/describeErrors';
import LessonEditorView from '@/features/lessons/editor/LessonEditorView.vue';
import LessonReaderView from '@/features/lessons/LessonReaderView.vue';
import { useSessionStore } from '@/stores/session';
import { createPerson } from '@/db/repositories/people';
import { teacherInput } from '../../db/support/rosterFixture';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, choose, click, mountWithApp, settle, TEST_USER, typeInto } from '../roster/support/mountWithApp';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, track } = rosterFixturePerTest();

const within = (testId: string, inner: string) => byTestId(testId).querySelector<HTMLElement>(`[data-testid="${inner}"]`);

async function typeWithin(testId: string, inner: string, value: string): Promise<void> {
  const found = within(testId, inner);
  // Element Plus puts the test id on the <input>/<textarea> itself.
  const el = found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement ? found : found?.querySelector<HTMLInputElement>('input, textarea');
  if (!el) throw new Error(`no ${inner} in ${testId}`);
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await settle(1);
}

async function clickWithin(testId: string, inner: string): Promise<void> {
  const el = within(testId, inner);
  (el?.querySelector<HTMLElement>('input') ?? el)?.click();
  await settle(1);
}

const errorsShown = () => document.querySelector('[data-testid="editor-errors"]')?.textContent ?? '';

describe('placeOf', () => {
  it('reads a schema path back into page, block, question, option and field', () => {
    expect(placeOf('pages.1.blocks.0.text')).toEqual({ parts: [{ key: 'page', n: 2 }, { key: 'block', n: 1 }], field: 'text' });
    expect(placeOf('test.questions.2.options.0.text')).toEqual({ parts: [{ key: 'question', n: 3 }, { key: 'option', n: 1 }], field: 'text' });
    expect(placeOf('test.questions.0.correct')).toEqual({ parts: [{ key: 'question', n: 1 }], field: 'correct' });
    expect(placeOf('bands')).toEqual({ parts: [], field: 'bands' });
  });
});

describe('LessonEditorView', () => {
  it('names the page, question and field of what is missing, then a county administrator publishes a lesson a teacher may read', async () => {
    const mounted = await mountWithApp(f().db, LessonEditorView, {}, '/lessons/new');
    track(mounted);
    useSessionStore(mounted.pinia).user = { ...TEST_USER, orgId: f().county.id, orgPath: f().county.orgPath };
    await settle(2);

    await click('editor-publish');
    await expect.poll(errorsShown).toContain('标题：不能为空');
    expect(errorsShown()).toContain('第 1 页 标题：不能为空');
    expect(errorsShown()).toContain('第 1 题 题干：不能为空');
    expect(errorsShown()).toContain('第 1 题 正确答案：请选择正确答案');
    expect(await f().db.content.find({ selector: { kind: 'lesson' } }).exec()).toEqual([]);

    await typeInto('editor-title', '夏季防溺水');
    await choose('editor-topic', '防溺水');
    byTestId('editor-band-upper_primary').querySelector<HTMLElement>('input')?.click();
    await settle(1);
    await typeInto('editor-summary', '不私自下水，遇险会呼救。');
    await typeWithin('editor-page-0', 'page-title', '为什么危险');
    await typeWithin('editor-page-0', 'page-block-0', '河水看起来浅，其实很深。');
    await typeWithin('editor-question-0', 'question-prompt', '同学落水时你应该怎么做？');
    await typeWithin('editor-question-0', 'option-text-0', '大声呼救并找大人');
    await typeWithin('editor-question-0', 'option-text-1', '自己跳下去救');
    await clickWithin('editor-question-0', 'option-correct-0');
    await typeWithin('editor-question-0', 'question-explanation', '未成年人不能下水施救。');

    // The preview renders with the reader's own blocks and questions, answers and explanations shown.
    await click('editor-preview');
    await expect.poll(() => document.querySelector('[data-testid="lesson-preview"]')?.textContent ?? '').toContain('河水看起来浅，其实很深。');
    expect(byTestId('lesson-preview').textContent).toContain('未成年人不能下水施救。');

    await click('editor-draft');
    await expect.poll(async () => (await f().db.content.find({ selector: { kind: 'lesson' } }).exec()).map((d) => d.status)).toEqual(['draft']);
    await click('editor-publish');
    await expect.poll(async () => (await f().db.content.find({ selector: { kind: 'lesson' } }).exec()).map((d) => d.status)).toEqual(['published']);

    const doc = (await f().db.content.findOne({ selector: { kind: 'lesson' } }).exec())?.toJSON() as ContentDoc;
    expect(doc).toMatchObject({ title: '夏季防溺水', topic: 'drowning', orgPath: f().county.orgPath });
    expect(doc.body).toMatchObject({ bands: ['upper_primary'], pages: [{ title: '为什么危险', blocks: [{ type: 'paragraph', text: '河水看起来浅，其实很深。' }] }] });

    // The server's rule accepts it from the county administrator, and a teacher in a class below may read it.
    const lookup: DocLookup = { get: () => undefined };
    const county = { id: 'u-county', role: 'county_admin', orgId: f().county.id, orgPath: f().county.orgPath, personId: '' } as const;
    expect(checkContentWrite(county, doc as unknown as Parameters<typeof checkContentWrite>[1], undefined, lookup)).toEqual({ ok: true });
    const teacher = { id: 'u-t', role: 'teacher', orgId: f().class1.id, orgPath: f().class1.orgPath, personId: 'p-t' } as const;
    expect(canRead(teacher, 'content', doc as unknown as ContentDoc & Record<string, unknown>)).toBe(true);

    // The reader shows the published lesson to a teacher.
    const reader = await mountWithApp(f().db, LessonReaderView, {}, `/lessons/${doc.id}`);
    useSessionStore(reader.pinia).user = { ...TEST_USER, ...teacher, username: 't', displayName: '王老师' };
    await expect.poll(() => document.querySelector('[data-testid="lesson-title"]')?.textContent).toBe('夏季防溺水');
    expect(byTestId('lesson-page').textContent).toContain('河水看起来浅，其实很深。');
    reader.wrapper.unmount();
  });

  it('publishes a teacher’s lesson at their own class, with a true/false question whose answer must be chosen', async () => {
    const created = await createPerson(f().ctx, teacherInput(f().school, { classId: f().class1.id, grade: f().class1.classInfo?.grade ?? '' }));
    if (!created.ok) throw new Error('fixture teacher not created');
    const mounted = await mountWithApp(f().db, LessonEditorView, {}, '/lessons/new');
    track(mounted);
    const teacher = { ...TEST_USER, role: 'teacher', orgId: f().school.id, orgPath: f().school.orgPath, personId: created.person.id } as const;
    useSessionStore(mounted.pinia).user = teacher;
    await settle(3);

    await typeInto('editor-title', '课间不追跑');
    await choose('editor-topic', '防踩踏');
    byTestId('editor-band-lower_primary').querySelector<HTMLElement>('input')?.click();
    await typeInto('editor-summary', '上下楼梯靠右慢行。');
    await typeWithin('editor-page-0', 'page-title', '楼梯上');
    await typeWithin('editor-page-0', 'page-block-0', '上下楼梯靠右走，不推不挤。');
    await clickWithin('editor-question-0', 'question-type-true_false');
    await typeWithin('editor-question-0', 'question-prompt', '下楼时可以推前面的同学。');
    await typeWithin('editor-question-0', 'question-explanation', '推挤容易摔倒，甚至踩踏。');
    await click('editor-publish');
    await expect.poll(errorsShown).toContain('第 1 题 正确答案：必须填写或选择');

    await clickWithin('editor-question-0', 'question-false');
    await click('editor-publish');
    await expect.poll(async () => (await f().db.content.find({ selector: { kind: 'lesson' } }).exec()).map((d) => d.toJSON())).toEqual([
      expect.objectContaining({ orgPath: f().class1.orgPath, status: 'published', topic: 'crowd_crush' }),
    ]);
    const doc = (await f().db.content.findOne({ selector: { kind: 'lesson' } }).exec())?.toJSON() as ContentDoc;
    expect((doc.body as { test: { questions: unknown[] } }).test.questions).toEqual([expect.objectContaining({ type: 'true_false', correct: false })]);
  });
});

describe('LessonEditorView drafts and editions', () => {
  it('saves a half-written draft, then edits the published lesson into its next edition', async () => {
    const county = { ...TEST_USER, orgId: f().county.id, orgPath: f().county.orgPath };
    const mounted = await mountWithApp(f().db, LessonEditorView, {}, '/lessons/new');
    track(mounted);
    useSessionStore(mounted.pinia).user = county;
    await settle(2);

    // Only a title: a draft may be incomplete (no topic, no text, no answer yet).
    await typeInto('editor-title', '用电安全（写了一半）');
    await click('editor-draft');
    await expect.poll(async () => (await f().db.content.find({ selector: { kind: 'lesson' } }).exec()).map((d) => d.toJSON())).toEqual([
      expect.objectContaining({ status: 'draft', topic: '', title: '用电安全（写了一半）' }),
    ]);
    const draft = (await f().db.content.findOne({ selector: { kind: 'lesson' } }).exec())?.toJSON() as ContentDoc;
    mounted.wrapper.unmount();

    // Reopened from the draft, finished and published.
    const again = await mountWithApp(f().db, LessonEditorView, {}, `/lessons/${draft.id}/edit`);
    track(again);
    useSessionStore(again.pinia).user = county;
    await expect.poll(() => (byTestId('editor-title').querySelector('input') ?? byTestId('editor-title') as HTMLInputElement).value).toBe('用电安全（写了一半）');
    await choose('editor-topic', '用电安全');
    byTestId('editor-band-upper_primary').querySelector<HTMLElement>('input')?.click();
    await typeInto('editor-summary', '不用湿手碰开关。');
    await typeWithin('editor-page-0', 'page-title', '插座');
    await typeWithin('editor-page-0', 'page-block-0', '湿手不碰开关和插座。');
    await typeWithin('editor-question-0', 'question-prompt', '手湿了可以拔插头吗？');
    await typeWithin('editor-question-0', 'option-text-0', '不可以');
    await typeWithin('editor-question-0', 'option-text-1', '可以');
    await clickWithin('editor-question-0', 'option-correct-0');
    await typeWithin('editor-question-0', 'question-explanation', '水能导电。');
    await click('editor-publish');
    await expect.poll(async () => (await f().db.content.findOne(draft.id).exec())?.status).toBe('published');
    again.wrapper.unmount();

    // Editing the published lesson: no way back to draft, and publishing makes edition 2.
    const edit = await mountWithApp(f().db, LessonEditorView, {}, `/lessons/${draft.id}/edit`);
    track(edit);
    useSessionStore(edit.pinia).user = county;
    await expect.poll(() => document.querySelector('[data-testid="editor-publish"]')?.textContent ?? '').toContain('发布第 2 版');
    expect(document.querySelector('[data-testid="editor-draft"]')).toBeNull();
    await typeInto('editor-summary', '湿手不碰开关，发现电线破了告诉大人。');
    await click('editor-publish');
    await expect.poll(async () => ((await f().db.content.findOne(draft.id).exec())?.toJSON() as ContentDoc | undefined)?.body).toMatchObject({
      edition: 2,
      summary: '湿手不碰开关，发现电线破了告诉大人。',
    });
  });
});
