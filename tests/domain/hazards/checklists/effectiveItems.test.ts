import { describe, expect, it } from 'vitest';
import { effectiveItems, LOCAL_SECTION, type ChecklistExtension, type ChecklistTemplate } from '@/domain/hazards';

const template: ChecklistTemplate = {
  type: 'template',
  templateId: 'waters',
  version: 1,
  title: '水域',
  category: 'nearby_waters',
  summary: '',
  sections: [
    {
      id: 'survey',
      title: '排查',
      items: [
        { id: 'waters.signs', text: '警示标志完好', suggestedLevel: 'major', onHazard: { photo: true, note: true } },
        { id: 'waters.register', text: '建立台账', guidance: '查看台账', onHazard: { photo: false, note: true } },
      ],
    },
    {
      id: 'campus',
      title: '校内',
      items: [{ id: 'waters.pool', text: '水池有护栏', category: 'building', onHazard: { photo: true, note: false } }],
    },
  ],
};

const local = (id: string, extra: Partial<ChecklistExtension['items'][number]> = {}) => ({
  id,
  text: `本校：${id}`,
  onHazard: { photo: true, note: true },
  ...extra,
});

describe('effectiveItems', () => {
  it('resolves defaults from the template: category, 一般, empty guidance', () => {
    const items = effectiveItems(template, []);
    expect(items.map((i) => [i.id, i.category, i.suggestedLevel, i.guidance, i.sectionId, i.origin])).toEqual([
      ['waters.signs', 'nearby_waters', 'major', '', 'survey', 'template'],
      ['waters.register', 'nearby_waters', 'general', '查看台账', 'survey', 'template'],
      ['waters.pool', 'building', 'general', '', 'campus', 'template'],
    ]);
  });

  it('puts local items after their section, the rest in 本校补充 at the end', () => {
    const extension: ChecklistExtension = {
      type: 'extension',
      templateId: 'waters',
      items: [local('local.pond', { sectionId: 'survey' }), local('local.river'), local('local.gone', { sectionId: 'removed' })],
    };
    const items = effectiveItems(template, [extension]);
    expect(items.map((i) => `${i.sectionTitle}:${i.id}`)).toEqual([
      '排查:waters.signs',
      '排查:waters.register',
      '排查:local.pond',
      '校内:waters.pool',
      `${LOCAL_SECTION.title}:local.river`,
      `${LOCAL_SECTION.title}:local.gone`,
    ]);
    expect(items.find((i) => i.id === 'local.pond')?.origin).toBe('local');
    expect(items.find((i) => i.id === 'local.pond')?.category).toBe('nearby_waters');
  });

  it('ignores extensions of other templates, keeps the first of repeated ids, flags retired items', () => {
    const other: ChecklistExtension = { type: 'extension', templateId: 'fire', items: [local('local.fire')] };
    const first: ChecklistExtension = { type: 'extension', templateId: 'waters', items: [local('local.a', { retired: true })] };
    const copy: ChecklistExtension = {
      type: 'extension',
      templateId: 'waters',
      items: [{ ...local('local.a'), text: '重复' }],
    };
    const items = effectiveItems(template, [other, first, copy]);
    expect(items.map((i) => i.id)).toEqual(['waters.signs', 'waters.register', 'waters.pool', 'local.a']);
    expect(items.at(-1)).toMatchObject({ text: '本校：local.a', retired: true });
  });
});
