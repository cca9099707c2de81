import { describe, expect, it } from 'vitest';
import {
  checkWindow, parseAssignmentBody, parseSpecialActivityBody, specialActivityIncludesClass, type SpecialActivityBody,
} from '@/domain/activities/plans';

const campaign = (): SpecialActivityBody => ({
  description: '暑假前，每位同学学习防溺水课程并完成测试，家长签收安全提醒。',
  bands: ['lower_primary', 'upper_primary'],
  steps: [{ kind: 'lesson', lessonId: 'builtin-drowning-lower' }, { kind: 'test', lessonId: 'builtin-drowning-lower' }, { kind: 'acknowledgement' }],
});

function firstError(result: { ok: true } | { ok: false; errors: { path: string; code: string }[] }) {
  if (result.ok) throw new Error('expected a refusal');
  const [error] = result.errors;
  return { path: error?.path, code: error?.code };
}

describe('parseSpecialActivityBody', () => {
  it('accepts a campaign with ordered steps', () => {
    expect(parseSpecialActivityBody(campaign())).toEqual({ ok: true, activity: campaign() });
  });

  it('refuses empty, repeated or unknown steps', () => {
    expect(firstError(parseSpecialActivityBody({ ...campaign(), steps: [] }))).toEqual({ path: 'steps', code: 'too_short' });
    const twice = campaign().steps.concat({ kind: 'acknowledgement' });
    expect(firstError(parseSpecialActivityBody({ ...campaign(), steps: twice }))).toEqual({ path: 'steps', code: 'duplicate_step' });
    expect(firstError(parseSpecialActivityBody({ ...campaign(), steps: [{ kind: 'survey' }] }))).toEqual({
      path: 'steps.0.kind',
      code: 'unknown_variant',
    });
    expect(firstError(parseSpecialActivityBody({ ...campaign(), steps: [{ kind: 'lesson', lessonId: '' }] }))).toEqual({
      path: 'steps.0.lessonId',
      code: 'too_short',
    });
  });

  it('allows the same lesson as a lesson step and a test step, and no bands for every grade', () => {
    expect(parseSpecialActivityBody({ ...campaign(), bands: [] }).ok).toBe(true);
    expect(firstError(parseSpecialActivityBody({ ...campaign(), bands: ['junior', 'junior'] }))).toEqual({ path: 'bands', code: 'duplicate_band' });
  });
});

describe('parseAssignmentBody', () => {
  it('accepts a lesson id and an optional note', () => {
    expect(parseAssignmentBody({ lessonId: 'L1' })).toEqual({ ok: true, assignment: { lessonId: 'L1' } });
    expect(parseAssignmentBody({ lessonId: 'L1', note: '周五前完成' }).ok).toBe(true);
    expect(firstError(parseAssignmentBody({ lessonId: 'L1', classId: 'c1' }))).toEqual({ path: 'classId', code: 'unknown_field' });
  });
});

describe('checkWindow', () => {
  it('requires a deadline after the start for special activities only', () => {
    expect(checkWindow({ startsAt: 10, endsAt: 0 }, true)).toEqual([{ path: 'endsAt', code: 'deadline_required', message: '专项活动必须有截止时间' }]);
    expect(checkWindow({ startsAt: 10, endsAt: 0 }, false)).toEqual([]);
    expect(checkWindow({ startsAt: 10, endsAt: 10 }, false).map((e) => e.code)).toEqual(['deadline_before_start']);
    expect(checkWindow({ startsAt: 10, endsAt: 11 }, true)).toEqual([]);
  });
});

describe('specialActivityIncludesClass', () => {
  const county = '/41/4115/411502/';
  it('takes the classes inside the publisher’s subtree whose grade suits the bands', () => {
    const body = { bands: campaign().bands };
    expect(specialActivityIncludesClass(county, body, { orgPath: `${county}t1/school1/class1/`, grade: 'P2' })).toBe(true);
    expect(specialActivityIncludesClass(county, body, { orgPath: `${county}t1/school1/class9/`, grade: 'J1' })).toBe(false);
    expect(specialActivityIncludesClass(county, body, { orgPath: '/41/4115/411503/s/c/', grade: 'P2' })).toBe(false);
    expect(specialActivityIncludesClass(county, { bands: [] }, { orgPath: `${county}s/c/`, grade: 'S3' })).toBe(true);
  });
});
