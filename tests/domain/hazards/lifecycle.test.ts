import { describe, expect, it } from 'vitest';
import {
  applyHazardAction,
  canVerify,
  HAZARD_LIMITS,
  HAZARD_STATUSES,
  rectifierIds,
  registerHazard,
  type HazardAction,
  type HazardActor,
  type HazardState,
  type HazardStatus,
} from '@/domain/hazards';
import { DAY, photo, T0 } from './fixtures';
import { county, draft, inspector, leader, rectifier, registered, schoolAdmin, township } from './hazardFixtures';

/** Applies actions in turn and fails the test on the first refusal. */
function run(hazard: HazardState, ...steps: [HazardAction, HazardActor][]): HazardState {
  return steps.reduce((h, [action, actor]) => {
    const result = applyHazardAction(h, action, actor);
    if (!result.ok) throw new Error(`${action.kind}: ${result.reason}`);
    return result.hazard;
  }, hazard);
}

const at = (n: number) => T0 + n * 1000;
const start: HazardAction = { kind: 'start', at: at(1) };
const progress: HazardAction = { kind: 'progress', at: at(2), note: '已联系锁匠', photos: [photo(7)] };
const submit: HazardAction = { kind: 'submit', at: at(3), note: '已拆除门锁，改装推闩' };

/** A hazard in each status, reached legally. */
function inStatus(status: HazardStatus, overrides = {}): HazardState {
  const h = registered(overrides);
  if (status === 'registered') return h;
  if (status === 'rectifying') return run(h, [start, rectifier]);
  if (status === 'checking') return run(h, [start, rectifier], [progress, rectifier], [submit, rectifier]);
  return run(h, [start, rectifier], [progress, rectifier], [submit, rectifier], [{ kind: 'close', at: at(4) }, leader]);
}

function refusal(hazard: HazardState, action: HazardAction, actor: HazardActor) {
  const result = applyHazardAction(hazard, action, actor);
  return result.ok ? 'ok' : result.code;
}

describe('registerHazard', () => {
  it('records deadline and responsible person in the first timeline entry', () => {
    const result = registerHazard(draft({ description: ' 东门上锁 ', responsibleName: ' 王强 ' }), inspector, { at: T0, note: '排查发现' });
    expect(result).toMatchObject({
      ok: true,
      hazard: { status: 'registered', supervised: false, closedAt: 0, description: '东门上锁', responsibleName: '王强' },
    });
    expect(result.ok && result.hazard.steps).toEqual([
      {
        action: 'register', status: 'registered', by: 'acc-teacher', at: T0, note: '排查发现', photos: [],
        deadline: T0 + 30 * DAY, responsibleId: 'p-worker', responsibleName: '王强',
      },
    ]);
  });

  it('refuses incomplete or invalid drafts and roles that do not handle hazards', () => {
    const code = (overrides: object, actor: HazardActor = inspector) => {
      const result = registerHazard(draft(overrides), actor, { at: T0 });
      return result.ok ? 'ok' : result.code;
    };
    expect(code({}, { id: 'stu', role: 'student' })).toBe('hazard_role');
    expect(code({}, { id: 'pc', role: 'classroom' })).toBe('hazard_role');
    expect(code({ description: '  ' })).toBe('hazard_description_required');
    expect(code({ description: '字'.repeat(HAZARD_LIMITS.descriptionLength + 1) })).toBe('hazard_description_too_long');
    expect(code({ responsibleName: '' })).toBe('hazard_responsible_required');
    expect(code({ deadline: 0 })).toBe('hazard_deadline_invalid');
    expect(code({ category: 'flood' })).toBe('hazard_category_invalid');
    expect(code({ level: 'minor' })).toBe('hazard_level_invalid');
    expect(code({ photos: [{ ...photo(), mime: 'image/gif' }] })).toBe('hazard_photo_invalid');
    expect(code({ place: '位'.repeat(HAZARD_LIMITS.placeLength + 1) })).toBe('hazard_place_too_long');
  });
});

describe('applyHazardAction: which status allows which action', () => {
  const allowed: Record<HazardAction['kind'], HazardStatus[]> = {
    start: ['registered'],
    progress: ['rectifying'],
    submit: ['rectifying'],
    reject: ['checking'],
    close: ['checking'],
    supervise: ['registered', 'rectifying', 'checking'],
    unsupervise: ['registered', 'rectifying', 'checking'],
    extend: ['registered', 'rectifying', 'checking'],
    reassign: ['registered', 'rectifying', 'checking'],
  };
  const actions: Record<HazardAction['kind'], HazardAction> = {
    start,
    progress,
    submit,
    reject: { kind: 'reject', at: at(9), note: '门锁仍在' },
    close: { kind: 'close', at: at(9) },
    supervise: { kind: 'supervise', at: at(9) },
    unsupervise: { kind: 'unsupervise', at: at(9), note: '误标' },
    extend: { kind: 'extend', at: at(9), note: '等待配件', deadline: T0 + 40 * DAY },
    reassign: { kind: 'reassign', at: at(9), responsibleId: 'p-2', responsibleName: '赵六' },
  };

  it.each(Object.keys(allowed) as HazardAction['kind'][])('%s', (kind) => {
    for (const status of HAZARD_STATUSES) {
      const hazard = inStatus(status);
      const prepared = kind === 'unsupervise' && status !== 'closed' ? { ...hazard, supervised: true } : hazard;
      const code = refusal(prepared, actions[kind], county);
      expect(code === 'hazard_wrong_status', `${kind} from ${status}`).toBe(!allowed[kind].includes(status));
    }
  });

  it('says in Chinese why a closed hazard takes no more actions', () => {
    expect(applyHazardAction(inStatus('closed'), progress, rectifier)).toEqual({
      ok: false,
      code: 'hazard_wrong_status',
      reason: '隐患当前为“已销号”，不能记录整改进展',
    });
  });
});

describe('rectification', () => {
  it('goes 登记 → 整改中 → 待复查 → 已销号 with a timeline entry per step', () => {
    const closed = inStatus('closed');
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe(at(4));
    expect(closed.steps.map((s) => [s.action, s.status, s.by])).toEqual([
      ['register', 'registered', 'acc-teacher'],
      ['start', 'rectifying', 'acc-worker'],
      ['progress', 'rectifying', 'acc-worker'],
      ['submit', 'checking', 'acc-worker'],
      ['close', 'closed', 'acc-leader'],
    ]);
    expect(closed.steps[2]).toMatchObject({ at: at(2), note: '已联系锁匠', photos: [photo(7)] });
  });

  it('needs a note or a photo to record progress, and a note to submit', () => {
    const h = inStatus('rectifying');
    expect(refusal(h, { kind: 'progress', at: at(2), note: ' ' }, rectifier)).toBe('hazard_progress_empty');
    expect(refusal(h, { kind: 'progress', at: at(2), photos: [photo()] }, rectifier)).toBe('ok');
    expect(refusal(h, { kind: 'submit', at: at(3), photos: [photo()] }, rectifier)).toBe('hazard_note_required');
  });

  it('needs a photo of this round before a 重大 hazard goes to re-check, not for 一般', () => {
    const major = inStatus('rectifying');
    expect(refusal(major, submit, rectifier)).toBe('hazard_photo_required');
    expect(refusal(major, { ...submit, photos: [photo(8)] }, rectifier)).toBe('ok');
    expect(refusal(run(major, [progress, rectifier]), submit, rectifier)).toBe('ok');
    expect(refusal(inStatus('rectifying', { level: 'general' }), submit, rectifier)).toBe('ok');
    // Photos from before a rejection belong to the failed round.
    const rejected = run(inStatus('checking'), [{ kind: 'reject', at: at(5), note: '门锁仍在' }, leader]);
    expect(refusal(rejected, submit, rectifier)).toBe('hazard_photo_required');
  });

  it('refuses notes too long, too many photos and bad times', () => {
    const h = inStatus('rectifying');
    expect(refusal(h, { kind: 'progress', at: at(2), note: '字'.repeat(501) }, rectifier)).toBe('hazard_note_too_long');
    const photos = Array.from({ length: 10 }, (_, i) => photo(i + 1));
    expect(refusal(h, { kind: 'progress', at: at(2), photos }, rectifier)).toBe('hazard_too_many_photos');
    expect(refusal(h, { kind: 'progress', at: -1, note: 'x' }, rectifier)).toBe('hazard_time_invalid');
  });

  it('stops at the length limit of the timeline', () => {
    let h = inStatus('rectifying');
    while (h.steps.length < HAZARD_LIMITS.steps) h = run(h, [{ kind: 'progress', at: at(h.steps.length), note: '进展' }, rectifier]);
    expect(refusal(h, { kind: 'progress', at: at(200), note: '再一条' }, rectifier)).toBe('hazard_too_many_steps');
  });

  it('keeps the stored document’s other fields', () => {
    const stored = { ...inStatus('registered'), id: 'hz-1', orgPath: '/41/', modifiedBy: 'x' };
    const result = applyHazardAction(stored, start, rectifier);
    expect(result.ok && result.hazard.id).toBe('hz-1');
    expect(result.ok && result.hazard.orgPath).toBe('/41/');
  });
});

describe('verification (复查) by someone other than the rectifier', () => {
  const close: HazardAction = { kind: 'close', at: at(9), note: '现场复查合格' };
  const reject: HazardAction = { kind: 'reject', at: at(9), note: '门锁仍在' };

  it('lets another verifier reject with a reason, back to 整改中, or close', () => {
    const checking = inStatus('checking');
    expect(refusal(checking, { ...reject, note: '' }, leader)).toBe('hazard_note_required');
    const rejected = run(checking, [reject, leader]);
    expect(rejected.status).toBe('rectifying');
    expect(rejected.steps.at(-1)).toMatchObject({ action: 'reject', note: '门锁仍在', by: 'acc-leader' });
    expect(refusal(checking, close, schoolAdmin)).toBe('ok');
    expect(refusal(checking, close, township)).toBe('ok');
  });

  it('refuses the rectifier, even in a verifying role', () => {
    const byLeader = run(registered(), [start, leader], [progress, leader], [submit, leader]);
    expect(rectifierIds(byLeader)).toEqual(new Set(['acc-leader']));
    expect(refusal(byLeader, close, leader)).toBe('hazard_self_verify');
    expect(refusal(byLeader, reject, leader)).toBe('hazard_self_verify');
    expect(applyHazardAction(byLeader, close, leader)).toMatchObject({
      reason: '整改人或责任人不能复查自己整改的隐患，请由其他人复查',
    });
    expect(refusal(byLeader, close, schoolAdmin)).toBe('ok');
  });

  it('refuses the responsible person, and anyone who recorded progress in an earlier round', () => {
    const responsible: HazardActor = { id: 'acc-other', role: 'safety_leader', personId: 'p-worker' };
    expect(canVerify(inStatus('checking'), responsible)).toBe(false);
    expect(refusal(inStatus('checking'), close, responsible)).toBe('hazard_self_verify');
    const twoRounds = run(
      inStatus('checking'),
      [reject, schoolAdmin],
      [{ kind: 'progress', at: at(10), note: '补充', photos: [photo(9)] }, leader],
      [{ kind: 'submit', at: at(11), note: '已整改' }, rectifier],
    );
    expect(refusal(twoRounds, close, leader)).toBe('hazard_self_verify');
    expect(refusal(twoRounds, close, schoolAdmin)).toBe('ok');
  });

  it('does not let a teacher verify, though a teacher may start the work of one', () => {
    expect(refusal(inStatus('checking'), close, inspector)).toBe('hazard_role');
    expect(applyHazardAction(inStatus('checking'), close, inspector)).toMatchObject({
      reason: '只有学校管理员、分管安全校长或上级管理员可以复查销号',
    });
  });
});

describe('挂牌督办', () => {
  const supervise: HazardAction = { kind: 'supervise', at: at(9), note: '县教育局挂牌督办' };

  it('is set by a county or higher on a 重大 hazard, once, and kept after closing', () => {
    const h = run(inStatus('rectifying'), [supervise, county]);
    expect(h.supervised).toBe(true);
    expect(h.steps.at(-1)).toMatchObject({ action: 'supervise', status: 'rectifying', by: 'acc-county' });
    expect(refusal(h, supervise, { id: 'c2', role: 'city_admin' })).toBe('hazard_already_supervised');
    const closed = run(h, [progress, rectifier], [submit, rectifier], [{ kind: 'close', at: at(20) }, leader]);
    expect(closed.supervised).toBe(true);
  });

  it('is refused below the county and on 一般 hazards', () => {
    expect(refusal(inStatus('registered'), supervise, township)).toBe('hazard_role');
    expect(refusal(inStatus('registered'), supervise, leader)).toBe('hazard_role');
    expect(applyHazardAction(inStatus('registered'), supervise, township)).toMatchObject({
      reason: '只有县级及以上管理员可以挂牌督办',
    });
    expect(refusal(inStatus('registered', { level: 'general' }), supervise, county)).toBe('hazard_not_major');
  });

  it('is lifted by a county or higher with a reason', () => {
    const h = run(inStatus('registered'), [supervise, county]);
    const lift: HazardAction = { kind: 'unsupervise', at: at(10), note: '' };
    expect(refusal(h, lift, county)).toBe('hazard_note_required');
    expect(refusal(h, { ...lift, note: '误标' }, leader)).toBe('hazard_role');
    expect(run(h, [{ ...lift, note: '误标' }, county]).supervised).toBe(false);
    expect(refusal(inStatus('registered'), { ...lift, note: '误标' }, county)).toBe('hazard_not_supervised');
  });
});

describe('deadline and responsible person', () => {
  const extend: HazardAction = { kind: 'extend', at: at(9), note: '等待配件', deadline: T0 + 45 * DAY };

  it('changes the deadline with a reason, recorded in the entry', () => {
    const h = run(inStatus('rectifying'), [extend, leader]);
    expect(h.deadline).toBe(T0 + 45 * DAY);
    expect(h.steps.at(-1)).toMatchObject({ action: 'extend', deadline: T0 + 45 * DAY, note: '等待配件' });
    expect(refusal(inStatus('rectifying'), { ...extend, note: '' }, leader)).toBe('hazard_note_required');
    expect(refusal(inStatus('rectifying'), { ...extend, deadline: T0 + 30 * DAY }, leader)).toBe('hazard_unchanged');
    expect(refusal(inStatus('rectifying'), { ...extend, deadline: 0 }, leader)).toBe('hazard_deadline_invalid');
    expect(refusal(inStatus('rectifying'), extend, rectifier)).toBe('hazard_role');
  });

  it('leaves a supervised hazard’s deadline to the county or higher', () => {
    const h = run(inStatus('rectifying'), [{ kind: 'supervise', at: at(8) }, county]);
    expect(refusal(h, extend, leader)).toBe('hazard_supervised');
    expect(refusal(h, extend, county)).toBe('ok');
  });

  it('reassigns the responsible person, trimmed, and refuses no change or no name', () => {
    const reassign: HazardAction = { kind: 'reassign', at: at(9), responsibleId: 'p-9', responsibleName: ' 赵六 ' };
    const h = run(inStatus('registered'), [reassign, leader]);
    expect([h.responsibleId, h.responsibleName]).toEqual(['p-9', '赵六']);
    expect(h.steps.at(-1)).toMatchObject({ action: 'reassign', responsibleId: 'p-9', responsibleName: '赵六', deadline: 0 });
    expect(refusal(h, reassign, leader)).toBe('hazard_unchanged');
    expect(refusal(h, { ...reassign, responsibleName: ' ' }, leader)).toBe('hazard_responsible_required');
  });
});
