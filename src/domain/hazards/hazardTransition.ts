import type { Role } from '../auth/roles';
import { jsonEqual } from '../sync/jsonValue';
import type { HazardActor, HazardState, HazardStep } from './hazardTypes';
import { applyHazardAction, registerHazard, type HazardAction } from './lifecycle';
import { isDeleted, type Stored } from './records';
import { refuse, type Refusal } from './refusal';

type StoredHazard = Stored<HazardState>;

const FIELD_LABELS: Record<Exclude<keyof HazardState, 'steps'>, string> = {
  schoolId: '学校',
  inspectionId: '排查记录',
  itemId: '检查项',
  category: '隐患类别',
  level: '隐患等级',
  place: '位置',
  description: '隐患描述',
  photos: '隐患照片',
  foundAt: '发现时间',
  responsibleId: '责任人',
  responsibleName: '责任人',
  deadline: '整改期限',
  status: '状态',
  supervised: '挂牌督办',
  closedAt: '销号时间',
};
const FIELDS = Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[];

function actionOf(step: HazardStep): HazardAction | null {
  const entry = { at: step.at, note: step.note, photos: step.photos };
  switch (step.action) {
    case 'register':
      return null;
    case 'extend':
      return { ...entry, kind: 'extend', deadline: step.deadline };
    case 'reassign':
      return { ...entry, kind: 'reassign', responsibleId: step.responsibleId, responsibleName: step.responsibleName };
    default:
      return { ...entry, kind: step.action };
  }
}

/** The registration a new hazard's first entry claims, replayed. */
function replayRegistration(next: StoredHazard, actor: HazardActor): { ok: true; hazard: HazardState } | Refusal {
  const first = next.steps[0];
  if (!first || first.action !== 'register') return refuse('hazard_first_step', '隐患的第一条记录必须是登记');
  if (first.by !== actor.id) return refuse('hazard_step_actor', '处理记录的操作人必须是当前账号');
  const draft = { ...next, responsibleId: first.responsibleId, responsibleName: first.responsibleName, deadline: first.deadline };
  const registered = registerHazard(draft, actor, { at: first.at, note: first.note, photos: first.photos });
  if (!registered.ok) return registered;
  if (!jsonEqual(registered.hazard.steps[0], first)) return refuse('hazard_step_mismatch', '登记记录与隐患内容不一致');
  return registered;
}

/**
 * Refuses any illegal change between two stored versions of a hazard, for
 * the server to answer per pushed row. The pushed timeline must extend the
 * stored one (entries are never rewritten or removed); every new entry must
 * be stamped by the pushing account and be a legal action for its role
 * (replayed through `applyHazardAction`, so skipping states, closing by the
 * rectifier and 挂牌督办 below county are refused); and every other field
 * must be what the timeline makes of it. Several entries may arrive at once
 * from a device that was offline. Hazards are never deleted.
 */
export function checkHazardTransition(
  next: StoredHazard,
  previous: StoredHazard | undefined,
  actorId: string,
  actorRole: Role,
  /** The account's person, when it has one: the responsible person may not verify either. */
  actorPersonId = '',
): { ok: true } | Refusal {
  if (isDeleted(next)) return refuse('hazard_deleted', '隐患记录不能删除；误报的隐患请在复查时说明并销号');
  const actor: HazardActor = { id: actorId, role: actorRole, personId: actorPersonId };
  let state: HazardState;
  let added: HazardStep[];
  if (previous) {
    if (next.steps.length < previous.steps.length || previous.steps.some((s, i) => !jsonEqual(s, next.steps[i]))) {
      return refuse('hazard_history_rewritten', '隐患处理记录只能追加，不能修改或删除');
    }
    state = previous;
    added = next.steps.slice(previous.steps.length);
  } else {
    const registered = replayRegistration(next, actor);
    if (!registered.ok) return registered;
    state = registered.hazard;
    added = next.steps.slice(1);
  }
  for (const step of added) {
    if (step.by !== actorId) return refuse('hazard_step_actor', '处理记录的操作人必须是当前账号');
    const action = actionOf(step);
    if (!action) return refuse('hazard_register_twice', '隐患只能登记一次');
    const applied = applyHazardAction(state, action, actor);
    if (!applied.ok) return applied;
    if (!jsonEqual(applied.hazard.steps.at(-1), step)) return refuse('hazard_step_mismatch', '处理记录的内容与其操作不符');
    state = applied.hazard;
  }
  const changed = FIELDS.find((field) => !jsonEqual(state[field], next[field]));
  if (changed) return refuse('hazard_field_changed', `“${FIELD_LABELS[changed]}”与处理记录不一致：登记后的内容只能通过处理操作更改`);
  return { ok: true };
}
