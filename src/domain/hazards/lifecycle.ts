import type { Role } from '../auth/roles';
import {
  HAZARD_ACTION_LABELS,
  HAZARD_LIMITS as L,
  HAZARD_STATUS_LABELS,
  type HazardActionKind,
  type HazardActor,
  type HazardDraft,
  type HazardState,
  type HazardStatus,
  type HazardStep,
} from './hazardTypes';
import { isValidPhotoRef, PHOTOS_PER_ENTRY, type PhotoRef } from './photos';
import { refuse, type Refusal } from './refusal';
import { isHazardCategory, isHazardLevel } from './vocabulary';

/**
 * The hazard lifecycle: 登记 registered → 整改中 rectifying → 待复查 checking
 * → 已销号 closed, with 驳回 back to 整改中. Every action appends one
 * timeline entry stamped with the actor; nothing else changes a hazard.
 * Only someone other than the rectifier verifies (驳回 or 销号), so a
 * hazard is never closed on its own rectifier's word.
 */
interface StepInput {
  at: number;
  note?: string;
  photos?: readonly PhotoRef[];
}

export type HazardAction =
  | (StepInput & { kind: 'start' | 'progress' | 'submit' | 'reject' | 'close' | 'supervise' | 'unsupervise' })
  | (StepInput & { kind: 'extend'; deadline: number })
  | (StepInput & { kind: 'reassign'; responsibleId: string; responsibleName: string });

export type HazardUpdate<H extends HazardState = HazardState> = { ok: true; hazard: H } | Refusal;

/** Anyone who deals with hazards at a school or above: register and rectify. */
export const HAZARD_WORKERS: readonly Role[] = [
  'teacher', 'safety_leader', 'school_admin', 'township_admin', 'county_admin', 'city_admin', 'province_admin',
];
/** Who verifies (复查), changes deadlines and responsible persons: school leadership and above. */
export const HAZARD_VERIFIERS: readonly Role[] = HAZARD_WORKERS.filter((r) => r !== 'teacher');
/** Who may mark 挂牌督办: county or higher. */
export const HAZARD_SUPERVISORS: readonly Role[] = ['county_admin', 'city_admin', 'province_admin'];

const OPEN: readonly HazardStatus[] = ['registered', 'rectifying', 'checking'];

const RULES: Record<HazardAction['kind'], { from: readonly HazardStatus[]; to?: HazardStatus; roles: readonly Role[] }> = {
  start: { from: ['registered'], to: 'rectifying', roles: HAZARD_WORKERS },
  progress: { from: ['rectifying'], roles: HAZARD_WORKERS },
  submit: { from: ['rectifying'], to: 'checking', roles: HAZARD_WORKERS },
  reject: { from: ['checking'], to: 'rectifying', roles: HAZARD_VERIFIERS },
  close: { from: ['checking'], to: 'closed', roles: HAZARD_VERIFIERS },
  supervise: { from: OPEN, roles: HAZARD_SUPERVISORS },
  unsupervise: { from: OPEN, roles: HAZARD_SUPERVISORS },
  extend: { from: OPEN, roles: HAZARD_VERIFIERS },
  reassign: { from: OPEN, roles: HAZARD_VERIFIERS },
};

function roleRefusal(kind: HazardActionKind, roles: readonly Role[]): Refusal {
  const label = HAZARD_ACTION_LABELS[kind];
  if (roles === HAZARD_SUPERVISORS) return refuse('hazard_role', `只有县级及以上管理员可以${label}`);
  if (roles === HAZARD_VERIFIERS) return refuse('hazard_role', `只有学校管理员、分管安全校长或上级管理员可以${label}`);
  return refuse('hazard_role', `当前角色不能${label}`);
}

/** Accounts that rectified: authors of 整改进展 and 提交复查 entries, in any round. */
export function rectifierIds(hazard: Pick<HazardState, 'steps'>): Set<string> {
  return new Set(hazard.steps.filter((s) => s.action === 'progress' || s.action === 'submit').map((s) => s.by));
}

/** May `actor` verify (驳回 or 销号) this hazard? Not a rectifier, not the responsible person. */
export function canVerify(hazard: HazardState, actor: HazardActor): boolean {
  if (rectifierIds(hazard).has(actor.id)) return false;
  return !(actor.personId && hazard.responsibleId && actor.personId === hazard.responsibleId);
}

/** Whether the current round of rectification (since it last started or was rejected) has a photo. */
function roundHasPhoto(hazard: HazardState): boolean {
  for (const step of [...hazard.steps].reverse()) {
    if (step.action === 'start' || step.action === 'reject') return false;
    if (step.action === 'progress' && step.photos.length > 0) return true;
  }
  return false;
}

function checkEntry(note: string, photos: readonly PhotoRef[], at: number): Refusal | null {
  if (!Number.isInteger(at) || at < 0) return refuse('hazard_time_invalid', '时间无效');
  if ([...note].length > L.noteLength) return refuse('hazard_note_too_long', `说明不能超过 ${L.noteLength} 个字`);
  if (photos.length > PHOTOS_PER_ENTRY) return refuse('hazard_too_many_photos', `每次最多 ${PHOTOS_PER_ENTRY} 张照片`);
  if (photos.some((p) => !isValidPhotoRef(p))) return refuse('hazard_photo_invalid', '照片引用无效');
  return null;
}

function checkResponsible(name: string): Refusal | null {
  if (!name) return refuse('hazard_responsible_required', '请填写整改责任人');
  if ([...name].length > L.responsibleNameLength) {
    return refuse('hazard_responsible_too_long', `责任人姓名不能超过 ${L.responsibleNameLength} 个字`);
  }
  return null;
}

/** Action-specific conditions, after status and role. */
function checkAction(hazard: HazardState, action: HazardAction, actor: HazardActor, note: string): Refusal | null {
  const label = HAZARD_ACTION_LABELS[action.kind];
  switch (action.kind) {
    case 'progress':
      return note || action.photos?.length ? null : refuse('hazard_progress_empty', '请填写整改进展或上传照片');
    case 'submit':
      if (!note) return refuse('hazard_note_required', '请填写采取的整改措施');
      if (hazard.level === 'major' && !action.photos?.length && !roundHasPhoto(hazard)) {
        return refuse('hazard_photo_required', '重大隐患提交复查前需上传整改后的照片');
      }
      return null;
    case 'reject':
    case 'close':
      if (!canVerify(hazard, actor)) return refuse('hazard_self_verify', '整改人或责任人不能复查自己整改的隐患，请由其他人复查');
      return action.kind === 'reject' && !note ? refuse('hazard_note_required', '请填写驳回理由') : null;
    case 'supervise':
      if (hazard.level !== 'major') return refuse('hazard_not_major', '只有重大隐患可以挂牌督办');
      return hazard.supervised ? refuse('hazard_already_supervised', '该隐患已挂牌督办') : null;
    case 'unsupervise':
      if (!hazard.supervised) return refuse('hazard_not_supervised', '该隐患未挂牌督办');
      return note ? null : refuse('hazard_note_required', `请填写${label}的理由`);
    case 'extend':
      if (hazard.supervised && !HAZARD_SUPERVISORS.includes(actor.role)) {
        return refuse('hazard_supervised', '挂牌督办的隐患，整改期限只能由县级及以上管理员调整');
      }
      if (!Number.isInteger(action.deadline) || action.deadline <= 0) return refuse('hazard_deadline_invalid', '整改期限无效');
      if (action.deadline === hazard.deadline) return refuse('hazard_unchanged', '整改期限没有变化');
      return note ? null : refuse('hazard_note_required', `请填写${label}的理由`);
    case 'reassign': {
      const name = action.responsibleName.trim();
      const problem = checkResponsible(name);
      if (problem) return problem;
      const unchanged = name === hazard.responsibleName && action.responsibleId === hazard.responsibleId;
      return unchanged ? refuse('hazard_unchanged', '责任人没有变化') : null;
    }
    default:
      return null;
  }
}

/**
 * Applies one action for `actor`, or says why not. Pure: the caller stores
 * the returned hazard (base fields pass through unchanged).
 */
export function applyHazardAction<H extends HazardState>(hazard: H, action: HazardAction, actor: HazardActor): HazardUpdate<H> {
  const rule = RULES[action.kind];
  if (!rule.from.includes(hazard.status)) {
    const label = HAZARD_ACTION_LABELS[action.kind];
    return refuse('hazard_wrong_status', `隐患当前为“${HAZARD_STATUS_LABELS[hazard.status]}”，不能${label}`);
  }
  if (!rule.roles.includes(actor.role)) return roleRefusal(action.kind, rule.roles);
  const note = (action.note ?? '').trim();
  const photos = [...(action.photos ?? [])];
  const problem = checkEntry(note, photos, action.at) ?? checkAction(hazard, action, actor, note);
  if (problem) return problem;
  if (hazard.steps.length >= L.steps) return refuse('hazard_too_many_steps', `一条隐患最多记录 ${L.steps} 次处理`);

  const status = rule.to ?? hazard.status;
  const step: HazardStep = {
    action: action.kind, status, by: actor.id, at: action.at, note, photos,
    deadline: 0, responsibleId: '', responsibleName: '',
  };
  const next: H = { ...hazard, status, steps: [...hazard.steps, step] };
  if (action.kind === 'close') next.closedAt = action.at;
  if (action.kind === 'supervise') next.supervised = true;
  if (action.kind === 'unsupervise') next.supervised = false;
  if (action.kind === 'extend') next.deadline = step.deadline = action.deadline;
  if (action.kind === 'reassign') {
    next.responsibleId = step.responsibleId = action.responsibleId;
    next.responsibleName = step.responsibleName = action.responsibleName.trim();
  }
  return { ok: true, hazard: next };
}

function checkDraft(draft: HazardDraft): Refusal | null {
  const description = draft.description.trim();
  if (!isHazardCategory(draft.category)) return refuse('hazard_category_invalid', '隐患类别无效');
  if (!isHazardLevel(draft.level)) return refuse('hazard_level_invalid', '隐患等级无效');
  if (!description) return refuse('hazard_description_required', '请描述隐患');
  if ([...description].length > L.descriptionLength) {
    return refuse('hazard_description_too_long', `隐患描述不能超过 ${L.descriptionLength} 个字`);
  }
  if ([...draft.place.trim()].length > L.placeLength) return refuse('hazard_place_too_long', `位置不能超过 ${L.placeLength} 个字`);
  if (!Number.isInteger(draft.deadline) || draft.deadline <= 0) return refuse('hazard_deadline_invalid', '整改期限无效');
  return checkResponsible(draft.responsibleName.trim()) ?? checkEntry('', draft.photos, draft.foundAt);
}

/** Registers a drafted hazard (登记): the first timeline entry records deadline and responsible person. */
export function registerHazard(
  draft: HazardDraft,
  actor: HazardActor,
  entry: { at: number; note?: string; photos?: readonly PhotoRef[] },
): HazardUpdate {
  if (!HAZARD_WORKERS.includes(actor.role)) return roleRefusal('register', HAZARD_WORKERS);
  const note = (entry.note ?? '').trim();
  const photos = [...(entry.photos ?? [])];
  const problem = checkDraft(draft) ?? checkEntry(note, photos, entry.at);
  if (problem) return problem;
  const responsibleName = draft.responsibleName.trim();
  const step: HazardStep = {
    action: 'register', status: 'registered', by: actor.id, at: entry.at, note, photos,
    deadline: draft.deadline, responsibleId: draft.responsibleId, responsibleName,
  };
  return {
    ok: true,
    hazard: {
      ...draft,
      description: draft.description.trim(),
      place: draft.place.trim(),
      responsibleName,
      photos: [...draft.photos],
      status: 'registered',
      supervised: false,
      closedAt: 0,
      steps: [step],
    },
  };
}
