import {
  completeInspection, hazardDraftsFromInspection, setAnswer, startInspection, type ChecklistTemplate, type DraftDefaults,
  type EffectiveItem, type HazardActor, type InspectionAnswer, type InspectionLocation, type InspectionRecord,
} from '@/domain/hazards';
import type { InspectionDoc } from '@/domain/schemas';
import { HazardRefused, registeredHazards } from './hazards';
import { newId, nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

export const asInspection = (doc: InspectionDoc): InspectionRecord & { id: string } => doc as unknown as InspectionRecord & { id: string };

export interface InspectionStart {
  school: { id: string; orgPath: string };
  template: ChecklistTemplate;
  place: string;
  inspector: string;
  location?: InspectionLocation;
}

/** A new draft inspection on the template's current version. */
export async function createInspection(ctx: WriteContext, start: InspectionStart): Promise<string> {
  const record = startInspection(start.template, { ...start, schoolId: start.school.id, at: nowOf(ctx) });
  const id = newId('insp');
  await ctx.db.inspections.insert({ ...stampNew(ctx, id, start.school.orgPath), ...record, deletedAt: 0 } as unknown as InspectionDoc);
  return id;
}

/** Saves one answer of a draft (every answer is saved at once, so a draft resumes where it stopped). */
export async function saveAnswer(ctx: WriteContext, id: string, answer: InspectionAnswer): Promise<void> {
  const doc = await ctx.db.inspections.findOne(id).exec();
  if (!doc) throw new Error(`inspection ${id} not found`);
  await doc.incrementalModify((current) => {
    const result = setAnswer(asInspection(current), answer);
    if (!result.ok) throw new HazardRefused(result);
    return { ...current, answers: result.inspection.answers as InspectionDoc['answers'], ...stampEdit(ctx) };
  });
}

/** A discarded draft (a completed inspection is final). */
export async function discardDraft(ctx: WriteContext, id: string): Promise<void> {
  const doc = await ctx.db.inspections.findOne(id).exec();
  if (doc?.status === 'draft') await doc.remove();
}

/**
 * Completes a draft and registers one hazard per 隐患 answer (登记), checked
 * by the lifecycle before anything is written. Returns the new hazards' ids.
 */
export async function completeWithHazards(
  ctx: WriteContext,
  id: string,
  items: readonly EffectiveItem[],
  defaults: DraftDefaults,
  actor: HazardActor,
): Promise<string[]> {
  const doc = await ctx.db.inspections.findOne(id).exec();
  if (!doc) throw new Error(`inspection ${id} not found`);
  const completed = completeInspection(asInspection(doc.toMutableJSON()), items, nowOf(ctx));
  if (!completed.ok) throw new HazardRefused(completed);
  const drafts = hazardDraftsFromInspection(completed.inspection, items, defaults);
  if (!drafts.ok) throw new HazardRefused(drafts);
  const hazards = registeredHazards(ctx, doc.orgPath, drafts.drafts, actor);
  // The inspection first: hazards refer to it, and uploads keep this order (sync/uploadOrder.ts).
  await doc.incrementalPatch({ status: 'completed', completedAt: completed.inspection.completedAt, ...stampEdit(ctx) });
  if (hazards.length) await ctx.db.hazards.bulkInsert(hazards);
  return hazards.map((h) => h.id);
}
