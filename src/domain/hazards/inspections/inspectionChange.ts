import { jsonEqual } from '../../sync/jsonValue';
import { isDeleted, type Stored } from '../records';
import { refuse, type Refusal } from '../refusal';
import type { InspectionRecord } from './types';

type StoredInspection = Stored<InspectionRecord>;

/** The fields that define an inspection, compared when a completed one is pushed again. */
const FIELDS: readonly (keyof InspectionRecord)[] = [
  'schoolId', 'templateId', 'templateVersion', 'status', 'place', 'inspector', 'startedAt', 'completedAt', 'location', 'answers',
];

/**
 * Refuses illegal changes between two stored versions of an inspection
 * (the server runs it per pushed row, after scope checks): the school and
 * template version are fixed at the start; a completed inspection is final
 * (its answers produced hazards) and cannot be deleted; a draft may be
 * discarded. Completeness against the checklist is the client's check.
 */
export function checkInspectionChange(next: StoredInspection, previous: StoredInspection | undefined): { ok: true } | Refusal {
  const ids = next.answers.map((a) => a.itemId);
  if (new Set(ids).size !== ids.length) return refuse('inspection_duplicate_answer', '同一检查项只能有一个结论');
  if ((next.status === 'completed') !== next.completedAt > 0) {
    return refuse('inspection_completed_at', '排查的完成状态与完成时间不一致');
  }
  if (!previous) return { ok: true };
  if (previous.schoolId !== next.schoolId || previous.templateId !== next.templateId || previous.templateVersion !== next.templateVersion) {
    return refuse('inspection_pinned', '排查开始后不能更换学校或排查表版本');
  }
  if (previous.status === 'completed') {
    if (isDeleted(next)) return refuse('inspection_completed', '已完成的排查不能删除');
    if (FIELDS.some((f) => !jsonEqual(previous[f], next[f]))) return refuse('inspection_completed', '已完成的排查不能修改');
  }
  return { ok: true };
}
