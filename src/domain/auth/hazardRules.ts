/**
 * Write rules of hazard investigation (issue 11), run per pushed row after
 * authorship and placement: a hazard's timeline is replayed through the
 * lifecycle (legal transitions only, the rectifier never verifies), an
 * inspection keeps its template version and is final once completed, and a
 * 'checklist' content document follows the template rules; an accident
 * register entry is complete and dated no later than today.
 */
import { checkAccidentPersons, type AccidentLike, type AccidentPersonsLike, type RosterPersonLike } from '../hazards/accidents/accidentPersons';
import { parseAccidentRecord } from '../hazards/accidents/parseAccident';
import { checkChecklistContent, type ChecklistContentLike } from '../hazards/checklists/checklistContent';
import { formatIssues } from '../hazards/strictReader';
import { checkHazardTransition } from '../hazards/hazardTransition';
import { checkResponsiblePerson, type ResponsiblePersonLike } from '../hazards/responsible';
import type { HazardState } from '../hazards/hazardTypes';
import { checkInspectionChange } from '../hazards/inspections/inspectionChange';
import type { InspectionRecord } from '../hazards/inspections/types';
import type { Stored } from '../hazards/records';
import { ACCIDENT_PERSONS_KIND } from '../schemas';
import type { Principal } from './principal';
import { live, type DocLookup } from './references';
import { OK, type DocLike, type WriteDecision } from './writeDecision';

const decision = (d: { ok: true } | { ok: false; code: string; reason: string }): WriteDecision =>
  d.ok ? OK : { ok: false, code: d.code, reason: d.reason };

export function checkHazardWrite(p: Principal, next: DocLike, previous: DocLike | undefined, lookup: DocLookup): WriteDecision {
  const asHazard = (doc: DocLike) => doc as unknown as Stored<HazardState>;
  const transition = checkHazardTransition(asHazard(next), previous && asHazard(previous), p.id, p.role, p.personId);
  if (!transition.ok) return decision(transition);
  // A responsible person from the roster is a teacher of the hazard's school, named as on the roster.
  const personOf = (id: string) => live(lookup, 'people', id) as unknown as ResponsiblePersonLike | undefined;
  const responsible = checkResponsiblePerson(asHazard(next), previous ? String(previous.responsibleId) : undefined, personOf);
  return responsible ? decision(responsible) : OK;
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

/**
 * An accident register entry: valid by the domain's reader (no date after
 * today, counts within range) and never deleted — a mistaken entry is
 * corrected, so the counts above never silently shrink.
 */
export function checkAccidentWrite(_p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  if (next._deleted || (Number(next.deletedAt) || 0) > 0) {
    return previous ? { ok: false, code: 'accident_deleted', reason: '事故登记不能删除，如有错误请修改' } : OK;
  }
  const { schoolId, category, place, location, occurredAt, casualties, description, measures } = next;
  const parsed = parseAccidentRecord({ schoolId, category, place, location, occurredAt, casualties, description, measures }, { now: Date.now() });
  return parsed.ok ? OK : { ok: false, code: 'accident_invalid', reason: `事故登记有误：${formatIssues(parsed.issues)}` };
}

/** An identities document holding an accident's named persons (not a person's identity). */
export function isAccidentPersons(doc: DocLike): boolean {
  return doc.kind === ACCIDENT_PERSONS_KIND;
}

/**
 * An accident's named persons (an identities document with the accident's
 * id): names of the accident's own school's roster, or typed for someone
 * not on it, and no more of them than the stored register entry counts.
 */
export function checkAccidentPersonsWrite(next: DocLike, previous: DocLike | undefined, lookup: DocLookup): WriteDecision {
  const accident = live(lookup, 'accidents', next.id) as unknown as AccidentLike | undefined;
  const personOf = (id: string) => live(lookup, 'people', id) as unknown as RosterPersonLike | undefined;
  const asPersons = (doc: DocLike) => doc as unknown as AccidentPersonsLike;
  return decision(checkAccidentPersons(asPersons(next), previous && asPersons(previous), accident, personOf));
}
