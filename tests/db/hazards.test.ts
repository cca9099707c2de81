import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addLocalItem } from '@/db/repositories/checklists';
import { actOnHazard, asHazardState, HazardRefused } from '@/db/repositories/hazards';
import { asInspection, completeWithHazards, createInspection, saveAnswer } from '@/db/repositories/inspections';
import { BUILT_IN_CHECKLISTS, effectiveItems, parseChecklistBody, type ChecklistExtension } from '@/domain/hazards';
import { createRosterFixture, type RosterFixture } from './support/rosterFixture';

/** The device side of issue 11: a school's own items, an inspection to hazards, the lifecycle's refusals. */
let f: RosterFixture;
beforeEach(async () => {
  f = await createRosterFixture();
});
afterEach(async () => {
  await f.db.close();
});

const fire = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire')!;
const PHOTO = { hash: 'a'.repeat(64), mime: 'image/jpeg' as const, bytes: 1000, width: 800, height: 600 };
const safety = { id: 'acc-safety', role: 'safety_leader' as const, personId: '' };

describe('inspections and hazards on the device', () => {
  it('adds a school’s own item to a template, which the next inspection asks', async () => {
    await addLocalItem(f.ctx, 'safety_leader', f.school, fire, { text: '后山护栏完好，警示牌清晰', onHazard: { photo: true, note: false } });
    await addLocalItem(f.ctx, 'safety_leader', f.school, fire, { text: '消防演练记录已存档', onHazard: { photo: false, note: true } });
    const docs = await f.db.content.find({ selector: { kind: 'checklist' } }).exec();
    expect(docs).toHaveLength(1);
    const parsed = parseChecklistBody(docs[0]!.toMutableJSON().body);
    if (!parsed.ok) throw new Error('extension does not parse');
    const items = effectiveItems(fire, [parsed.value as ChecklistExtension]);
    expect(items.filter((i) => i.origin === 'local').map((i) => i.text)).toEqual(['后山护栏完好，警示牌清晰', '消防演练记录已存档']);
    // A teacher may not: the server's own rule, checked before writing.
    await expect(addLocalItem(f.ctx, 'teacher', f.school, fire, { text: 'x', onHazard: { photo: false, note: false } })).rejects.toThrow();
  });

  it('completes an inspection into one registered hazard per 隐患 answer, and keeps the lifecycle’s rules', async () => {
    const id = await createInspection(f.ctx, { school: f.school, template: fire, place: '教学楼', inspector: '张伟' });
    const items = effectiveItems(fire, []);
    for (const [i, item] of items.entries()) {
      const hazard = i === 0;
      await saveAnswer(f.ctx, id, {
        itemId: item.id, result: hazard ? 'hazard' : 'ok', note: hazard ? '安全出口上锁' : '', place: '',
        level: hazard ? 'general' : '', photos: hazard ? [PHOTO] : [],
      });
    }
    const inspection = asInspection((await f.db.inspections.findOne(id).exec())!.toMutableJSON());
    expect(inspection.answers).toHaveLength(items.length);
    const [hazardId] = await completeWithHazards(f.ctx, id, items, { responsibleId: '', responsibleName: '王强' }, safety);
    const stored = asHazardState((await f.db.hazards.findOne(hazardId!).exec())!.toMutableJSON());
    expect(stored).toMatchObject({ status: 'registered', description: '安全出口上锁', inspectionId: id, responsibleName: '王强' });

    await actOnHazard(f.ctx, hazardId!, { kind: 'start', at: Date.now() }, safety);
    await actOnHazard(f.ctx, hazardId!, { kind: 'submit', at: Date.now(), note: '已拆锁' }, safety);
    // The rectifier may not close it: refused on the device with the lifecycle's reason.
    await expect(actOnHazard(f.ctx, hazardId!, { kind: 'close', at: Date.now() }, safety)).rejects.toBeInstanceOf(HazardRefused);
    await actOnHazard(f.ctx, hazardId!, { kind: 'reject', at: Date.now(), note: '门锁仍在' }, { id: 'acc-admin', role: 'school_admin', personId: '' });
    const rejected = asHazardState((await f.db.hazards.findOne(hazardId!).exec())!.toMutableJSON());
    expect(rejected.status).toBe('rectifying');
    expect(rejected.steps.map((s) => s.action)).toEqual(['register', 'start', 'submit', 'reject']);
  });
});
