import type { EffectiveItem } from '../checklists/effectiveItems';
import { refuse, type Refusal } from '../refusal';
import type { InspectionRecord, InspectionResult } from './types';

export interface InspectionProgress {
  /** Items to answer: every active item, plus retired local items that were answered anyway. */
  total: number;
  answered: number;
  remaining: number;
  /** In checklist order, for "next unanswered item". */
  remainingItemIds: string[];
  results: Record<InspectionResult, number>;
  /** 隐患 answers that still lack the photo or note their item requires. */
  missingPhoto: string[];
  missingNote: string[];
  /** Answers to items the checklist does not have (an extension not yet synced to this device). */
  unknownItemIds: string[];
}

/** How far an inspection is, against the effective items of its template version. */
export function inspectionProgress(
  items: readonly EffectiveItem[],
  inspection: Pick<InspectionRecord, 'answers'>,
): InspectionProgress {
  const answers = new Map(inspection.answers.map((a) => [a.itemId, a]));
  const asked = items.filter((item) => !item.retired || answers.has(item.id));
  const known = new Set(items.map((item) => item.id));
  const results: Record<InspectionResult, number> = { ok: 0, hazard: 0, na: 0 };
  const missingPhoto: string[] = [];
  const missingNote: string[] = [];
  const remainingItemIds: string[] = [];
  for (const item of asked) {
    const answer = answers.get(item.id);
    if (!answer) {
      remainingItemIds.push(item.id);
      continue;
    }
    results[answer.result] += 1;
    if (answer.result !== 'hazard') continue;
    if (item.onHazard.photo && answer.photos.length === 0) missingPhoto.push(item.id);
    if (item.onHazard.note && answer.note.trim() === '') missingNote.push(item.id);
  }
  return {
    total: asked.length,
    answered: asked.length - remainingItemIds.length,
    remaining: remainingItemIds.length,
    remainingItemIds,
    results,
    missingPhoto,
    missingNote,
    unknownItemIds: inspection.answers.map((a) => a.itemId).filter((id) => !known.has(id)),
  };
}

type Completable = Pick<InspectionRecord, 'answers' | 'status'>;

/** Why a draft cannot be completed yet, or null when it can. */
export function completionProblem(items: readonly EffectiveItem[], inspection: Completable): Refusal | null {
  if (inspection.status !== 'draft') return refuse('inspection_completed', '排查已完成');
  const p = inspectionProgress(items, inspection);
  if (p.remaining > 0) return refuse('inspection_incomplete', `还有 ${p.remaining} 项未检查`);
  if (p.missingPhoto.length > 0) return refuse('inspection_photo_required', `${p.missingPhoto.length} 个隐患还需要拍照`);
  if (p.missingNote.length > 0) return refuse('inspection_note_required', `${p.missingNote.length} 个隐患还需要填写说明`);
  if (p.unknownItemIds.length > 0) {
    return refuse('inspection_unknown_items', `${p.unknownItemIds.length} 条记录对应的检查项不在本排查表中，请同步后再完成`);
  }
  return null;
}

/** True when `completeInspection` would accept the draft. */
export function canComplete(items: readonly EffectiveItem[], inspection: Completable): boolean {
  return completionProblem(items, inspection) === null;
}
