import { describe, expect, it, vi } from 'vitest';

// Third-party CSS entry points Node cannot load (see PersonFormDialog.test.ts).
vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));
import { asInspection, createInspection } from '@/db/repositories/inspections';
import { BUILT_IN_CHECKLISTS, checkChecklistContent, parseChecklistBody, type ChecklistTemplate } from '@/domain/hazards';
import type { ContentDoc } from '@/domain/schemas';
import ChecklistPublishView from '@/features/hazards/ChecklistPublishView.vue';
import { rosterFixturePerTest } from '../roster/support/perTest';
import { byTestId, click, mountWithApp, settle, typeInto } from '../roster/support/mountWithApp';

/** 发布排查表新版本 (issue 11): a county administrator copies, edits and publishes version+1 downwards. */
const { f, track } = rosterFixturePerTest();

const fire = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire')!;

async function published(version: number): Promise<{ doc: ContentDoc; body: ChecklistTemplate }> {
  const doc = (await f().db.content.findOne(`checklist:411502:fire:v${version}`).exec())!.toMutableJSON() as ContentDoc;
  const parsed = parseChecklistBody(doc.body);
  if (!parsed.ok || parsed.value.type !== 'template') throw new Error('not a template');
  return { doc, body: parsed.value };
}

describe('ChecklistPublishView', () => {
  it('publishes an edited copy of the built-in template as version 2, leaving an inspection started on version 1 on it', async () => {
    const started = await createInspection(f().ctx, { school: f().school, template: fire, place: '教学楼', inspector: '张伟' });
    const mounted = await mountWithApp(f().db, ChecklistPublishView, {}, '/checklists');
    track(mounted);
    await click('edit-fire');
    expect(byTestId('draft-version').textContent).toContain('第 1 版 → 第 2 版');

    await typeInto('item-text-fire.exits-clear', '疏散通道、安全出口畅通，任何时段不得上锁');
    (byTestId('item-photo-fire.exit-doors').querySelector('input') as HTMLInputElement).click();
    await click('add-item-evacuation');
    await typeInto('item-text-evacuation.v2n1', '每层楼梯口张贴疏散示意图');
    await click('item-remove-fire.lanes');
    await click('publish-confirm');

    await vi.waitFor(async () => expect(await f().db.content.findOne('checklist:411502:fire:v2').exec()).not.toBeNull());
    const { doc, body } = await published(2);
    expect(doc).toMatchObject({ kind: 'checklist', status: 'published', title: fire.title, topic: 'fire' });
    // What the server would accept from a county administrator (the same rule, run here).
    expect(checkChecklistContent(doc, undefined, 'county_admin').ok).toBe(true);
    const items = body.sections.find((s) => s.id === 'evacuation')!.items;
    expect(items.find((i) => i.id === 'fire.exits-clear')?.text).toBe('疏散通道、安全出口畅通，任何时段不得上锁');
    expect(items.find((i) => i.id === 'fire.exit-doors')?.onHazard).toEqual({ photo: false, note: true });
    expect(items.at(-1)).toEqual({ id: 'evacuation.v2n1', text: '每层楼梯口张贴疏散示意图', onHazard: { photo: false, note: true } });
    expect(items.some((i) => i.id === 'fire.lanes')).toBe(false);
    // The built-in version 1 is untouched and the inspection stays on it.
    expect(fire.sections[0]!.items.some((i) => i.id === 'fire.lanes')).toBe(true);
    expect(asInspection((await f().db.inspections.findOne(started).exec())!.toMutableJSON()).templateVersion).toBe(1);

    // The list now offers the published version; the next copy becomes version 3.
    await vi.waitFor(() => expect(byTestId('checklist-templates').textContent).toContain('v2'));
    await click('edit-fire');
    expect(byTestId('draft-version').textContent).toContain('第 2 版 → 第 3 版');
    await click('publish-confirm');
    await vi.waitFor(async () => expect(await f().db.content.findOne('checklist:411502:fire:v3').exec()).not.toBeNull());
    expect((await published(3)).body.sections[0]!.items.at(-1)?.id).toBe('evacuation.v2n1');
    await settle();
  });
});
