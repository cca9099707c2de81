import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS, draftNextVersion, newItemId } from '@/domain/hazards';

const fire = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire')!;

describe('draftNextVersion and newItemId', () => {
  it('copies the template one version above the newest known, without touching the original', () => {
    const draft = draftNextVersion(fire, 4);
    expect(draft.version).toBe(5);
    draft.sections[0]!.items[0]!.text = 'changed';
    expect(fire.sections[0]!.items[0]!.text).not.toBe('changed');
    expect(draftNextVersion(fire, 0).version).toBe(fire.version + 1);
  });

  it('gives an added item an id no item of the template has', () => {
    const draft = draftNextVersion(fire, 1);
    const first = newItemId(draft, 'evacuation');
    draft.sections[0]!.items.push({ id: first, text: 'x', onHazard: { photo: false, note: true } });
    expect([first, newItemId(draft, 'evacuation')]).toEqual(['evacuation.v2n1', 'evacuation.v2n2']);
  });
});
