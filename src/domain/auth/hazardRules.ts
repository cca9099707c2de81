/**
 * Write rules of hazard investigation (issue 11), run per pushed row after
 * authorship and placement: a hazard's timeline is replayed through the
 * lifecycle (legal transitions only, the rectifier never verifies), an
 * inspection keeps its template version and is final once completed, and a
 * 'checklist' content document follows the template rules.
 */
import { checkChecklistContent, type ChecklistContentLike } from '../hazards/checklists/checklistContent';
import { checkHazardTransition } from '../hazards/hazardTransition';
import type { HazardState } from '../hazards/hazardTypes';
import { checkInspectionChange } from '../hazards/inspections/inspectionChange';
import type { InspectionRecord } from '../hazards/inspections/types';
import type { Stored } from '../hazards/records';
import type { Principal } from './principal';
import { OK, type DocLike, type WriteDecision } from './writeDecision';

const decision = (d: { ok: true } | { ok: false; code: string; reason: string }): WriteDecision =>
  d.ok ? OK : { ok: false, code: d.code, reason: d.reason };

export function checkHazardWrite(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  const asHazard = (doc: DocLike) => doc as unknown as Stored<HazardState>;
  return decision(checkHazardTransition(asHazard(next), previous && asHazard(previous), p.id, p.role, p.personId));
}

export function checkInspectionWrite(_p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  const asInspection = (doc: DocLike) => doc as unknown as Stored<InspectionRecord>;
  return decision(checkInspectionChange(asInspection(next), previous && asInspection(previous)));
}

/** Content of other kinds has its own owners' rules; checklists are ours. */
export function checkChecklistWrite(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  if (next.kind !== 'checklist' && previous?.kind !== 'checklist') return OK;
  const asContent = (doc: DocLike) => doc as unknown as ChecklistContentLike;
  return decision(checkChecklistContent(asContent(next), previous && asContent(previous), p.role));
}
