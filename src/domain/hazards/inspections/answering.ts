import type { ChecklistTemplate } from '../checklists/types';
import type { EffectiveItem } from '../checklists/effectiveItems';
import { isValidPhotoRef, PHOTOS_PER_ENTRY } from '../photos';
import { refuse, type Refusal } from '../refusal';
import { INSPECTION_LIMITS, NO_LOCATION, type InspectionAnswer, type InspectionLocation, type InspectionRecord } from './types';
import { completionProblem } from './progress';

export type InspectionUpdate<T extends InspectionRecord> = { ok: true; inspection: T } | Refusal;

/** A new draft on the template's current version; the version stays with the inspection. */
export function startInspection(
  template: ChecklistTemplate,
  start: { schoolId: string; place: string; inspector: string; at: number; location?: InspectionLocation },
): InspectionRecord {
  return {
    schoolId: start.schoolId,
    templateId: template.templateId,
    templateVersion: template.version,
    status: 'draft',
    place: start.place.trim(),
    inspector: start.inspector.trim(),
    startedAt: start.at,
    completedAt: 0,
    location: start.location ?? NO_LOCATION,
    answers: [],
  };
}

/** Records (or replaces) the answer to one item of a draft. */
export function setAnswer<T extends InspectionRecord>(inspection: T, answer: InspectionAnswer): InspectionUpdate<T> {
  if (inspection.status !== 'draft') return refuse('inspection_completed', '排查已完成，不能再修改');
  const note = answer.note.trim();
  const place = answer.place.trim();
  if ([...note].length > INSPECTION_LIMITS.noteLength) {
    return refuse('inspection_note_too_long', `说明不能超过 ${INSPECTION_LIMITS.noteLength} 个字`);
  }
  if ([...place].length > INSPECTION_LIMITS.placeLength) {
    return refuse('inspection_place_too_long', `位置不能超过 ${INSPECTION_LIMITS.placeLength} 个字`);
  }
  if (answer.photos.length > PHOTOS_PER_ENTRY) {
    return refuse('inspection_too_many_photos', `每项最多 ${PHOTOS_PER_ENTRY} 张照片`);
  }
  if (!answer.photos.every(isValidPhotoRef)) return refuse('inspection_photo_invalid', '照片引用无效');
  const stored: InspectionAnswer = { ...answer, note, place, photos: [...answer.photos] };
  const index = inspection.answers.findIndex((a) => a.itemId === answer.itemId);
  const answers = index < 0 ? [...inspection.answers, stored] : inspection.answers.map((a, i) => (i === index ? stored : a));
  return { ok: true, inspection: { ...inspection, answers } };
}

/** Marks a draft completed once every item is answered with what its 隐患 answer requires. */
export function completeInspection<T extends InspectionRecord>(
  inspection: T,
  items: readonly EffectiveItem[],
  at: number,
): InspectionUpdate<T> {
  const problem = completionProblem(items, inspection);
  if (problem) return problem;
  return { ok: true, inspection: { ...inspection, status: 'completed', completedAt: at } };
}
