import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceFiles } from '@/db/deviceFiles';
import type { ContentDoc } from '@/domain/schemas';
import { offlinePlan, AUTO_CACHE_MAX_BYTES, type LessonBody } from '@/domain/lessons';
import LessonEditorView from '@/features/lessons/editor/LessonEditorView.vue';
import LessonReaderView from '@/features/lessons/LessonReaderView.vue';
import { saveLesson } from '@/db/repositories/lessons';
import { useSessionStore } from '@/stores/session';
import { sampleBody } from '../../domain/lessons/support/sampleBody';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, click, mountWithApp, settle, TEST_USER, typeInto } from '../roster/support/mountWithApp';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

const { f, track } = rosterFixturePerTest();
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
// happy-dom's Blob is not Node's, which URL.createObjectURL insists on: the URL itself does not matter here.
beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:medium');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});

const MP3 = new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const hex = async (bytes: Uint8Array<ArrayBuffer>) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
const shown = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

/** A published lesson whose first page plays a recording stored on the server (not yet on this device). */
async function lessonWithAudio(sha: string): Promise<string> {
  const body: LessonBody = { ...sampleBody(), pages: [{ title: '听一听', blocks: [{ type: 'audio', media: { source: 'stored', sha256: sha, mime: 'audio/mpeg', bytes: MP3.length }, title: '防溺水儿歌' }] }] };
  const doc: ContentDoc = await saveLesson(f().ctx, { title: '听儿歌学防溺水', topic: 'drowning', orgPath: f().county.orgPath, status: 'published', body });
  return doc.id;
}

describe('lesson media', () => {
  it('plans offline downloads: each file once, automatic only under the size limit', () => {
    const body = sampleBody();
    const plan = offlinePlan(body, new Set(['cd'.repeat(32)]));
    expect(plan.missing.map((m) => m.mime)).toEqual(['image/png', 'video/mp4']);
    expect([plan.totalBytes, plan.missingBytes, plan.auto]).toEqual([2048 + 100_000 + 5_000_000, 2048 + 5_000_000, true]);
    const big = sampleBody();
    big.pages[1]!.blocks = [{ type: 'video', media: { source: 'stored', sha256: 'ee'.repeat(32), mime: 'video/mp4', bytes: AUTO_CACHE_MAX_BYTES + 1 }, title: '长视频' }];
    expect(offlinePlan(big, new Set()).auto).toBe(false);
  });

  it('lets the author attach a recording, kept on the device until uploaded and shown in the page', async () => {
    const mounted = await mountWithApp(f().db, LessonEditorView, {}, '/lessons/new');
    track(mounted);
    useSessionStore(mounted.pinia).user = { ...TEST_USER, orgId: f().county.id, orgPath: f().county.orgPath };
    await settle(2);
    const input = byTestId('page-attach-audio') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([MP3], '防溺水儿歌.mp3', { type: 'audio/mpeg' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    const sha = await hex(MP3);
    await expect.poll(async () => (await deviceFiles().get(sha))?.uploaded).toBe(0);
    await expect.poll(() => (byTestId('editor-page-0').querySelector('input[data-testid="page-block-1"]') as HTMLInputElement | null)?.value).toBe('防溺水儿歌');
    expect(byTestId('editor-page-0').querySelector('[data-testid="medium-audio"]')).not.toBeNull();
    await typeInto('editor-title', '听儿歌学防溺水');
    await click('editor-draft');
    await expect.poll(async () => ((await f().db.content.findOne({ selector: { kind: 'lesson' } }).exec())?.toJSON() as ContentDoc | undefined)?.body).toMatchObject({
      pages: [{ blocks: [{ type: 'paragraph' }, { type: 'audio', title: '防溺水儿歌', media: { source: 'stored', sha256: sha, mime: 'audio/mpeg', bytes: MP3.length } }] }],
    });
  });

  it('shows a placeholder for a medium the device lacks, the size before downloading, then plays it offline', async () => {
    const sha = 'a1'.repeat(32);
    let online = false;
    vi.stubGlobal('fetch', async () => (online ? new Response(new Blob([MP3], { type: 'audio/mpeg' }), { status: 200 }) : new Response('', { status: 404 })));
    const id = await lessonWithAudio(sha);
    const reader = await mountWithApp(f().db, LessonReaderView, {}, `/lessons/${id}`);
    track(reader);
    useSessionStore(reader.pinia).user = { ...TEST_USER, orgId: f().county.id, orgPath: f().county.orgPath };
    await expect.poll(() => shown('medium-missing')).toContain('防溺水儿歌');
    expect(shown('medium-missing')).toContain('录音尚未下载到本机');
    await expect.poll(() => shown('offline-download')).toContain('下载离线（1 KB）');

    online = true;
    await click('offline-download');
    await expect.poll(() => shown('offline-ready')).toContain('已可离线使用');
    expect((await deviceFiles().get(sha))?.uploaded).toBe(1);
    // Offline again: the page plays it from the device.
    online = false;
    reader.wrapper.unmount();
    const again = await mountWithApp(f().db, LessonReaderView, {}, `/lessons/${id}`);
    track(again);
    useSessionStore(again.pinia).user = { ...TEST_USER, orgId: f().county.id, orgPath: f().county.orgPath };
    await expect.poll(() => document.querySelector('[data-testid="medium-audio"]')).not.toBeNull();
  });
});
