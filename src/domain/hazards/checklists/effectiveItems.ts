import type { HazardCategory, HazardLevel } from '../vocabulary';
import type { ChecklistExtension, ChecklistItem, ChecklistTemplate } from './types';

/** An item as an inspection shows and answers it, with every default resolved. */
export interface EffectiveItem {
  id: string;
  text: string;
  guidance: string;
  category: HazardCategory;
  /** 一般 unless the item says otherwise. */
  suggestedLevel: HazardLevel;
  onHazard: { photo: boolean; note: boolean };
  sectionId: string;
  sectionTitle: string;
  origin: 'template' | 'local';
  /** A retired local item: asked no more, shown only where it was answered. */
  retired: boolean;
}

/** Where local items without a (surviving) section go. */
export const LOCAL_SECTION = { id: 'local', title: '本校补充' } as const;

function resolve(
  item: ChecklistItem,
  template: ChecklistTemplate,
  section: { id: string; title: string },
  origin: EffectiveItem['origin'],
  retired: boolean,
): EffectiveItem {
  return {
    id: item.id,
    text: item.text,
    guidance: item.guidance ?? '',
    category: item.category ?? template.category,
    suggestedLevel: item.suggestedLevel ?? 'general',
    onHazard: { ...item.onHazard },
    sectionId: section.id,
    sectionTitle: section.title,
    origin,
    retired,
  };
}

/**
 * The items of `template` with the local items of the extensions that name
 * it (others are ignored): each local item right after its section's items,
 * the rest in a trailing 本校补充 section. The template's own items come
 * first and cannot be replaced; a local id seen before is skipped (ids are
 * generated, so only a copied extension repeats one).
 */
export function effectiveItems(
  template: ChecklistTemplate,
  localExtensions: readonly ChecklistExtension[],
): EffectiveItem[] {
  const locals = localExtensions.filter((e) => e.templateId === template.templateId).flatMap((e) => e.items);
  const sectionIds = new Set(template.sections.map((s) => s.id));
  const seen = new Set<string>();
  const out: EffectiveItem[] = [];
  const add = (item: EffectiveItem) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    out.push(item);
  };
  for (const section of template.sections) {
    for (const item of section.items) add(resolve(item, template, section, 'template', false));
    for (const item of locals.filter((l) => l.sectionId === section.id)) {
      add(resolve(item, template, section, 'local', item.retired ?? false));
    }
  }
  for (const item of locals.filter((l) => !l.sectionId || !sectionIds.has(l.sectionId))) {
    add(resolve(item, template, LOCAL_SECTION, 'local', item.retired ?? false));
  }
  return out;
}
