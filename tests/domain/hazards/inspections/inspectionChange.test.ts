import { describe, expect, it } from 'vitest';
import { checkInspectionChange } from '@/domain/hazards';
import { T0 } from '../fixtures';
import { answer, draftInspection } from './support';

const draft = draftInspection([answer('fire.signs', 'ok')]);
const done = { ...draft, status: 'completed' as const, completedAt: T0 + 1000 };

describe('checkInspectionChange', () => {
  it('accepts a new draft, a new completed inspection, edits of a draft and its completion', () => {
    expect(checkInspectionChange(draft, undefined)).toEqual({ ok: true });
    expect(checkInspectionChange(done, undefined)).toEqual({ ok: true });
    expect(checkInspectionChange({ ...draft, answers: [answer('fire.signs', 'hazard')] }, draft)).toEqual({ ok: true });
    expect(checkInspectionChange(done, draft)).toEqual({ ok: true });
    expect(checkInspectionChange(done, done)).toEqual({ ok: true });
  });

  it('lets a draft be discarded but never a completed inspection', () => {
    expect(checkInspectionChange({ ...draft, _deleted: true }, draft)).toEqual({ ok: true });
    expect(checkInspectionChange({ ...done, deletedAt: T0 }, done)).toMatchObject({ ok: false, code: 'inspection_completed' });
  });

  it('freezes a completed inspection', () => {
    expect(checkInspectionChange({ ...done, answers: [answer('fire.signs', 'hazard')] }, done)).toMatchObject({
      code: 'inspection_completed',
    });
    expect(checkInspectionChange({ ...done, status: 'draft', completedAt: 0 }, done)).toMatchObject({
      code: 'inspection_completed',
    });
  });

  it('keeps the school and template version fixed', () => {
    expect(checkInspectionChange({ ...draft, templateVersion: 4 }, draft)).toMatchObject({ code: 'inspection_pinned' });
    expect(checkInspectionChange({ ...draft, schoolId: 'other' }, draft)).toMatchObject({ code: 'inspection_pinned' });
  });

  it('refuses two answers to one item and a status that disagrees with the completion time', () => {
    expect(checkInspectionChange(draftInspection([answer('fire.signs', 'ok'), answer('fire.signs', 'na')]), undefined)).toMatchObject({
      code: 'inspection_duplicate_answer',
    });
    expect(checkInspectionChange({ ...draft, completedAt: T0 }, undefined)).toMatchObject({ code: 'inspection_completed_at' });
    expect(checkInspectionChange({ ...done, completedAt: 0 }, undefined)).toMatchObject({ code: 'inspection_completed_at' });
  });
});
