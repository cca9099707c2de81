import type { HazardCategory } from '../../vocabulary';
import type { ChecklistItem } from '../types';

interface ItemOptions {
  guidance?: string;
  /** When the item belongs to another category than its template (a dormitory's wiring is 用电). */
  category?: HazardCategory;
  major?: boolean;
  /**
   * A 隐患 answer needs a photo unless this is false: most findings can be
   * photographed, records and duties (台账、值守) usually cannot.
   */
  photo?: boolean;
}

/**
 * One built-in checklist item. A 隐患 answer always needs a note (where
 * exactly, what is wrong), since the note becomes the hazard's description.
 */
export function item(id: string, text: string, options: ItemOptions = {}): ChecklistItem {
  return {
    id,
    text,
    ...(options.guidance ? { guidance: options.guidance } : {}),
    ...(options.category ? { category: options.category } : {}),
    ...(options.major ? { suggestedLevel: 'major' as const } : {}),
    onHazard: { photo: options.photo ?? true, note: true },
  };
}
