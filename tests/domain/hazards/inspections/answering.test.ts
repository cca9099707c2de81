import { describe, expect, it } from 'vitest';
import { completeInspection, INSPECTION_LIMITS, NO_LOCATION, setAnswer, startInspection } from '@/domain/hazards';
import { photo, T0 } from '../fixtures';
import { answer, completeAnswers, draftInspection, items, template } from './support';

describe('startInspection', () => {
  it('pins the template version and starts an empty draft', () => {
    const location = { lat: 34.75, lng: 113.62, accuracy: 12, at: T0 };
    expect(startInspection(template, { schoolId: 's1', place: ' 食堂 ', inspector: '张伟', at: T0, location })).toEqual({
      schoolId: 's1',
      templateId: 'fire',
      templateVersion: 3,
      status: 'draft',
      place: '食堂',
      inspector: '张伟',
      startedAt: T0,
      completedAt: 0,
      location,
      answers: [],
    });
    expect(startInspection(template, { schoolId: 's1', place: '', inspector: '', at: T0 }).location).toEqual(NO_LOCATION);
  });
});

describe('setAnswer', () => {
  it('adds an answer, then replaces it in place, trimming the texts', () => {
    const first = setAnswer(draftInspection([answer('fire.signs', 'ok')]), answer('fire.exits', 'hazard', { note: ' 上锁 ' }));
    if (!first.ok) throw new Error(first.reason);
    expect(first.inspection.answers.map((a) => [a.itemId, a.result, a.note])).toEqual([
      ['fire.signs', 'ok', ''],
      ['fire.exits', 'hazard', '上锁'],
    ]);
    const second = setAnswer(first.inspection, answer('fire.signs', 'hazard', { place: ' 二楼 ' }));
    if (!second.ok) throw new Error(second.reason);
    expect(second.inspection.answers.map((a) => [a.itemId, a.result, a.place])).toEqual([
      ['fire.signs', 'hazard', '二楼'],
      ['fire.exits', 'hazard', ''],
    ]);
  });

  it('refuses a completed inspection, long notes, too many or malformed photos', () => {
    const done = { ...draftInspection(), status: 'completed' as const, completedAt: T0 };
    expect(setAnswer(done, answer('fire.signs', 'ok'))).toMatchObject({ ok: false, code: 'inspection_completed' });
    const long = answer('fire.signs', 'hazard', { note: '字'.repeat(INSPECTION_LIMITS.noteLength + 1) });
    expect(setAnswer(draftInspection(), long)).toMatchObject({ ok: false, code: 'inspection_note_too_long' });
    const tooMany = answer('fire.signs', 'hazard', { photos: Array.from({ length: 10 }, (_, i) => photo(i + 1)) });
    expect(setAnswer(draftInspection(), tooMany)).toMatchObject({ ok: false, code: 'inspection_too_many_photos' });
    const bad = answer('fire.signs', 'hazard', { photos: [{ ...photo(), hash: 'abc' }] });
    expect(setAnswer(draftInspection(), bad)).toMatchObject({ ok: false, code: 'inspection_photo_invalid' });
  });
});

describe('completeInspection', () => {
  const full = completeAnswers();

  it('completes a fully answered draft at the given time', () => {
    const result = completeInspection(draftInspection(full), items, T0 + 3600_000);
    expect(result).toMatchObject({ ok: true, inspection: { status: 'completed', completedAt: T0 + 3600_000 } });
  });

  it('says in Chinese what is still missing', () => {
    expect(completeInspection(draftInspection(full.slice(2)), items, T0)).toEqual({
      ok: false,
      code: 'inspection_incomplete',
      reason: '还有 2 项未检查',
    });
    const noPhoto = [answer('fire.exits', 'hazard', { note: '东门上锁' }), ...full.slice(1)];
    expect(completeInspection(draftInspection(noPhoto), items, T0)).toMatchObject({
      code: 'inspection_photo_required',
      reason: '1 个隐患还需要拍照',
    });
    const noNote = [answer('fire.exits', 'hazard', { photos: [photo()] }), ...full.slice(1)];
    expect(completeInspection(draftInspection(noNote), items, T0)).toMatchObject({ code: 'inspection_note_required' });
    expect(completeInspection(draftInspection([...full, answer('local.x', 'ok')]), items, T0)).toMatchObject({
      code: 'inspection_unknown_items',
    });
  });
});
