import type { EffectiveItem } from '../checklists/effectiveItems';
import { defaultDeadline } from '../deadlines';
import type { HazardDraft } from '../hazardTypes';
import { HAZARD_LIMITS } from '../hazardTypes';
import { refuse, type Refusal } from '../refusal';
import type { InspectionRecord } from './types';

/** Who is responsible for the hazards of an inspection until someone reassigns them. */
export interface DraftDefaults {
  responsibleId: string;
  responsibleName: string;
}

/** The description of a hazard from a 隐患 answer: the inspector's note, else the requirement not met. */
export function hazardDescription(item: Pick<EffectiveItem, 'text'>, note: string): string {
  const text = note.trim() || `不符合：${item.text}`;
  return [...text].slice(0, HAZARD_LIMITS.descriptionLength).join('');
}

/**
 * One hazard draft per 隐患 answer of a completed inspection (每个隐患答案
 * 都登记为一条隐患), in checklist order: the item's category, the
 * inspector's level or else the item's suggestion, the answer's place or
 * else the inspection's, its note and photos, and a deadline by level.
 */
export function hazardDraftsFromInspection(
  inspection: InspectionRecord & { id: string },
  items: readonly EffectiveItem[],
  defaults: DraftDefaults,
): { ok: true; drafts: HazardDraft[] } | Refusal {
  if (inspection.status !== 'completed') return refuse('inspection_not_completed', '排查完成后才能登记隐患');
  const answers = new Map(inspection.answers.map((a) => [a.itemId, a]));
  const drafts: HazardDraft[] = [];
  for (const item of items) {
    const answer = answers.get(item.id);
    if (answer?.result !== 'hazard') continue;
    const level = answer.level || item.suggestedLevel;
    drafts.push({
      schoolId: inspection.schoolId,
      inspectionId: inspection.id,
      itemId: item.id,
      category: item.category,
      level,
      place: answer.place || inspection.place,
      description: hazardDescription(item, answer.note),
      photos: [...answer.photos],
      foundAt: inspection.completedAt,
      responsibleId: defaults.responsibleId,
      responsibleName: defaults.responsibleName,
      deadline: defaultDeadline(level, inspection.completedAt),
    });
  }
  return { ok: true, drafts };
}
