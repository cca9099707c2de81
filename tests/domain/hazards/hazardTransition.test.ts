import { describe, expect, it } from 'vitest';
import { applyHazardAction, checkHazardTransition, type HazardAction, type HazardActor, type HazardState } from '@/domain/hazards';
import { DAY, photo, T0 } from './fixtures';
import { county, inspector, leader, rectifier, registered, township } from './hazardFixtures';

function act(hazard: HazardState, action: HazardAction, actor: HazardActor): HazardState {
  const result = applyHazardAction(hazard, action, actor);
  if (!result.ok) throw new Error(result.reason);
  return result.hazard;
}

const at = (n: number) => T0 + n * 1000;
const start: HazardAction = { kind: 'start', at: at(1) };
const progress: HazardAction = { kind: 'progress', at: at(2), note: '已换锁', photos: [photo(5)] };
const submit: HazardAction = { kind: 'submit', at: at(3), note: '已整改' };
const close: HazardAction = { kind: 'close', at: at(4), note: '复查合格' };

/** A close entry as a device could forge it, bypassing `applyHazardAction`. */
function closedBy(hazard: HazardState, actor: HazardActor): HazardState {
  const entry = { action: 'close', status: 'closed', by: actor.id, at: at(4), note: '', photos: [], deadline: 0, responsibleId: '', responsibleName: '' } as const;
  return { ...hazard, status: 'closed', closedAt: at(4), steps: [...hazard.steps, { ...entry, photos: [] }] };
}

const check = (next: HazardState, previous: HazardState | undefined, actor: HazardActor) =>
  checkHazardTransition(next, previous, actor.id, actor.role, actor.personId);
const codeOf = (result: ReturnType<typeof check>) => (result.ok ? 'ok' : result.code);

describe('checkHazardTransition: new hazards', () => {
  it('accepts a registration by the pushing account', () => {
    expect(check(registered(), undefined, inspector)).toEqual({ ok: true });
  });

  it('accepts several entries made offline before the first push', () => {
    const h = act(act(registered(), start, inspector), { ...progress, note: '已报修' }, inspector);
    expect(check(h, undefined, inspector)).toEqual({ ok: true });
  });

  it('refuses a first entry that is not a registration, or stamped by someone else', () => {
    const h = registered();
    expect(codeOf(check({ ...h, steps: [] }, undefined, inspector))).toBe('hazard_first_step');
    expect(codeOf(check({ ...h, steps: [{ ...h.steps[0]!, action: 'start' }] }, undefined, inspector))).toBe('hazard_first_step');
    expect(codeOf(check(h, undefined, leader))).toBe('hazard_step_actor');
  });

  it('refuses a hazard born closed or supervised without the entries that do it', () => {
    expect(codeOf(check({ ...registered(), status: 'closed', closedAt: at(1) }, undefined, inspector))).toBe('hazard_field_changed');
    expect(codeOf(check({ ...registered(), supervised: true }, undefined, inspector))).toBe('hazard_field_changed');
  });

  it('refuses fields that disagree with the registration entry', () => {
    const h = registered();
    const result = check({ ...h, deadline: h.deadline + DAY }, undefined, inspector);
    expect(result).toEqual({
      ok: false,
      code: 'hazard_field_changed',
      reason: '“整改期限”与处理记录不一致：登记后的内容只能通过处理操作更改',
    });
  });

  it('refuses a registration the rules refuse (a student, an empty description)', () => {
    expect(codeOf(check(registered(), undefined, { id: 'acc-teacher', role: 'student' }))).toBe('hazard_role');
    expect(codeOf(check({ ...registered(), description: '' }, undefined, inspector))).toBe('hazard_description_required');
  });
});

describe('checkHazardTransition: updates', () => {
  const rectifying = act(registered(), start, rectifier);
  const checking = act(act(rectifying, progress, rectifier), submit, rectifier);

  it('accepts legal entries, one or several at a time', () => {
    expect(check(rectifying, registered(), rectifier)).toEqual({ ok: true });
    expect(check(checking, registered(), rectifier)).toEqual({ ok: true });
    expect(check(act(checking, close, leader), checking, leader)).toEqual({ ok: true });
    expect(check(checking, checking, leader)).toEqual({ ok: true });
  });

  it('refuses skipping states, whether by status alone or by an entry', () => {
    expect(codeOf(check({ ...registered(), status: 'checking' }, registered(), rectifier))).toBe('hazard_field_changed');
    const skipped = { ...registered(), status: 'closed' as const, closedAt: at(4) };
    skipped.steps = [...skipped.steps, { ...checking.steps[3]!, action: 'close', status: 'closed', by: leader.id, at: at(4) }];
    expect(codeOf(check(skipped, registered(), leader))).toBe('hazard_wrong_status');
  });

  it('refuses closing by the rectifier, and by the responsible person', () => {
    const selfLeader: HazardActor = { id: 'acc-self', role: 'safety_leader', personId: 'p-self' };
    const selfChecked = act(act(act(registered(), start, selfLeader), progress, selfLeader), submit, selfLeader);
    expect(codeOf(check(closedBy(selfChecked, selfLeader), selfChecked, selfLeader))).toBe('hazard_self_verify');
    const responsible: HazardActor = { id: 'acc-resp', role: 'safety_leader', personId: 'p-worker' };
    expect(codeOf(check(closedBy(checking, responsible), checking, responsible))).toBe('hazard_self_verify');
    expect(check(closedBy(checking, leader), checking, leader)).toEqual({ ok: true });
  });

  it('refuses rewriting or removing timeline entries', () => {
    const rewritten = { ...checking, steps: checking.steps.map((s, i) => (i === 2 ? { ...s, note: '改写' } : s)) };
    expect(check(rewritten, checking, leader)).toEqual({
      ok: false,
      code: 'hazard_history_rewritten',
      reason: '隐患处理记录只能追加，不能修改或删除',
    });
    expect(codeOf(check({ ...checking, steps: checking.steps.slice(0, 3) }, checking, leader))).toBe('hazard_history_rewritten');
    const reordered = { ...checking, steps: [checking.steps[0]!, checking.steps[2]!, checking.steps[1]!, checking.steps[3]!] };
    expect(codeOf(check(reordered, checking, leader))).toBe('hazard_history_rewritten');
  });

  it('refuses entries stamped by another account than the pusher', () => {
    const rejected = act(checking, { kind: 'reject', at: at(5), note: '未整改到位' }, leader);
    expect(check(rejected, checking, leader)).toEqual({ ok: true });
    expect(check(rejected, checking, county)).toEqual({
      ok: false,
      code: 'hazard_step_actor',
      reason: '处理记录的操作人必须是当前账号',
    });
  });

  it('refuses 挂牌督办 by a role below the county', () => {
    const supervise: HazardAction = { kind: 'supervise', at: at(5) };
    expect(check(act(rectifying, supervise, county), rectifying, county)).toEqual({ ok: true });
    const byTownship = act(rectifying, supervise, county);
    byTownship.steps = [...rectifying.steps, { ...byTownship.steps.at(-1)!, by: township.id }];
    expect(codeOf(check(byTownship, rectifying, township))).toBe('hazard_role');
    expect(codeOf(check({ ...rectifying, supervised: true }, rectifying, county))).toBe('hazard_field_changed');
  });

  it('refuses changing registered facts or derived fields outside the timeline', () => {
    expect(codeOf(check({ ...rectifying, description: '改了' }, rectifying, leader))).toBe('hazard_field_changed');
    expect(codeOf(check({ ...rectifying, level: 'general' }, rectifying, leader))).toBe('hazard_field_changed');
    expect(codeOf(check({ ...rectifying, responsibleName: '别人' }, rectifying, leader))).toBe('hazard_field_changed');
    expect(codeOf(check({ ...rectifying, photos: [] }, rectifying, leader))).toBe('hazard_field_changed');
  });

  it('refuses an entry whose recorded result differs from its action, and a second registration', () => {
    const lying = { ...checking, steps: [...checking.steps.slice(0, 3), { ...checking.steps[3]!, status: 'closed' as const }] };
    expect(codeOf(check(lying, act(rectifying, progress, rectifier), rectifier))).toBe('hazard_step_mismatch');
    const again = { ...rectifying, steps: [...rectifying.steps, { ...rectifying.steps[0]!, by: rectifier.id }] };
    expect(codeOf(check(again, rectifying, rectifier))).toBe('hazard_register_twice');
  });

  it('refuses deleting a hazard, in either tombstone form', () => {
    expect(codeOf(check({ ...rectifying, deletedAt: at(9) } as HazardState, rectifying, leader))).toBe('hazard_deleted');
    expect(codeOf(check({ ...rectifying, _deleted: true } as HazardState, rectifying, leader))).toBe('hazard_deleted');
  });
});
