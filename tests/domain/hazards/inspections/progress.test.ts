import { describe, expect, it } from 'vitest';
import { canComplete, inspectionProgress } from '@/domain/hazards';
import { photo } from '../fixtures';
import { answer, completeAnswers, draftInspection, items } from './support';

describe('inspectionProgress', () => {
  it('counts every active item, not retired ones, and lists what remains in order', () => {
    const p = inspectionProgress(items, draftInspection([answer('fire.signs', 'ok')]));
    expect(p).toMatchObject({ total: 5, answered: 1, remaining: 4, results: { ok: 1, hazard: 0, na: 0 } });
    expect(p.remainingItemIds).toEqual(['fire.exits', 'fire.patrol', 'fire.wiring', 'local.stage']);
  });

  it('keeps a retired item that was answered anyway', () => {
    const p = inspectionProgress(items, draftInspection([answer('local.old', 'na')]));
    expect(p.total).toBe(6);
    expect(p.answered).toBe(1);
  });

  it('lists 隐患 answers that lack the photo or note their item requires', () => {
    const p = inspectionProgress(
      items,
      draftInspection([
        answer('fire.exits', 'hazard', { note: '  ' }),
        answer('fire.signs', 'hazard', { note: '' }),
        answer('fire.patrol', 'hazard', { photos: [photo()] }),
        answer('fire.wiring', 'hazard'),
        answer('local.stage', 'hazard', { note: '幕布无阻燃标识', photos: [photo(2)] }),
      ]),
    );
    expect(p.missingPhoto).toEqual(['fire.exits', 'fire.signs']);
    expect(p.missingNote).toEqual(['fire.exits', 'fire.patrol']);
    expect(p.results.hazard).toBe(5);
  });

  it('does not ask for photos or notes on 合格 and 不适用 answers', () => {
    const p = inspectionProgress(items, draftInspection([answer('fire.exits', 'ok'), answer('fire.patrol', 'na')]));
    expect(p.missingPhoto).toEqual([]);
    expect(p.missingNote).toEqual([]);
  });

  it('reports answers to items the checklist does not have', () => {
    const p = inspectionProgress(items, draftInspection([answer('local.unsynced', 'hazard')]));
    expect(p.unknownItemIds).toEqual(['local.unsynced']);
    expect(p.answered).toBe(0);
  });
});

describe('canComplete', () => {
  const full = completeAnswers();

  it('is true once everything is answered with what it requires', () => {
    expect(canComplete(items, draftInspection(full))).toBe(true);
  });

  it('is false with an item left, a requirement missing, an unknown answer, or when already completed', () => {
    expect(canComplete(items, draftInspection(full.slice(1)))).toBe(false);
    expect(canComplete(items, draftInspection([answer('fire.exits', 'hazard', { note: '东门上锁' }), ...full.slice(1)]))).toBe(false);
    expect(canComplete(items, draftInspection([...full, answer('local.unsynced', 'ok')]))).toBe(false);
    expect(canComplete(items, { ...draftInspection(full), status: 'completed' })).toBe(false);
  });
});
