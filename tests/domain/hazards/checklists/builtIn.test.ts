import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS, effectiveItems, HAZARD_CATEGORIES, parseChecklistBody } from '@/domain/hazards';

const CJK = /[\u4e00-\u9fff]/;

describe('BUILT_IN_CHECKLISTS', () => {
  it('covers every category of the brief except 其他, one template each, at version 1', () => {
    const categories = BUILT_IN_CHECKLISTS.map((t) => t.category);
    expect(new Set(categories).size).toBe(categories.length);
    expect([...categories].sort()).toEqual(HAZARD_CATEGORIES.filter((c) => c !== 'other').sort());
    expect(BUILT_IN_CHECKLISTS.every((t) => t.version === 1 && t.templateId === t.category)).toBe(true);
  });

  it.each(BUILT_IN_CHECKLISTS.map((t) => [t.templateId, t] as const))('%s passes the strict parser', (_id, template) => {
    const parsed = parseChecklistBody(JSON.parse(JSON.stringify(template)));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each(BUILT_IN_CHECKLISTS.map((t) => [t.templateId, t] as const))('%s has 8–20 items in Chinese, ids under its own name', (id, template) => {
    const items = effectiveItems(template, []);
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(20);
    for (const item of items) {
      expect(item.id.startsWith(`${id}.`), item.id).toBe(true);
      expect(item.text).toMatch(CJK);
      // A 隐患 answer always needs a note: it becomes the hazard's description.
      expect(item.onHazard.note).toBe(true);
    }
    expect(template.title).toMatch(CJK);
  });

  it('has item ids unique across all templates, so a hazard names its check unambiguously', () => {
    const ids = BUILT_IN_CHECKLISTS.flatMap((t) => effectiveItems(t, []).map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suggests 重大 for the obvious ones and files cross-cutting items under their own category', () => {
    const all = BUILT_IN_CHECKLISTS.flatMap((t) => effectiveItems(t, []));
    const byId = new Map(all.map((i) => [i.id, i]));
    expect(byId.get('fire.exits-clear')?.suggestedLevel).toBe('major');
    expect(byId.get('fire.open-flame')?.suggestedLevel).toBe('general');
    expect(byId.get('dormitory.appliances')?.category).toBe('electricity_gas');
    expect(byId.get('canteen_food.hood')?.category).toBe('fire');
    expect(all.some((i) => !i.onHazard.photo)).toBe(true);
  });
});
