import { describe, expect, it } from 'vitest';
import { defaultDeadline, hazardDescription, hazardDraftsFromInspection, HAZARD_LIMITS } from '@/domain/hazards';
import { photo, T0 } from '../fixtures';
import { answer, draftInspection, items } from './support';

const defaults = { responsibleId: 'p-leader', responsibleName: '李娜' };
const COMPLETED_AT = T0 + 7200_000;

function completed(answers: ReturnType<typeof answer>[]) {
  return { ...draftInspection(answers), status: 'completed' as const, completedAt: COMPLETED_AT };
}

describe('hazardDraftsFromInspection', () => {
  it('makes one draft per 隐患 answer, in checklist order', () => {
    const result = hazardDraftsFromInspection(
      completed([
        answer('local.stage', 'hazard', { note: '幕布无阻燃标识', photos: [photo(3)], place: '礼堂' }),
        answer('fire.signs', 'ok'),
        answer('fire.exits', 'hazard', { note: '东门上锁', photos: [photo(1), photo(2)] }),
        answer('fire.wiring', 'hazard', { level: 'major' }),
        answer('fire.patrol', 'na'),
      ]),
      items,
      defaults,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.drafts).toEqual([
      {
        schoolId: 'school-1',
        inspectionId: 'inspection-1',
        itemId: 'fire.exits',
        category: 'fire',
        level: 'major',
        place: '教学楼',
        description: '东门上锁',
        photos: [photo(1), photo(2)],
        foundAt: COMPLETED_AT,
        responsibleId: 'p-leader',
        responsibleName: '李娜',
        deadline: defaultDeadline('major', COMPLETED_AT),
      },
      expect.objectContaining({
        itemId: 'fire.wiring',
        category: 'electricity_gas',
        level: 'major',
        description: '不符合：线路规范',
      }),
      expect.objectContaining({
        itemId: 'local.stage',
        category: 'fire',
        level: 'general',
        place: '礼堂',
        deadline: defaultDeadline('general', COMPLETED_AT),
      }),
    ]);
  });

  it('lets the inspector lower a suggested 重大 to 一般', () => {
    const result = hazardDraftsFromInspection(completed([answer('fire.exits', 'hazard', { level: 'general' })]), items, defaults);
    expect(result.ok && result.drafts[0]?.level).toBe('general');
  });

  it('refuses a draft inspection', () => {
    expect(hazardDraftsFromInspection(draftInspection([answer('fire.exits', 'hazard')]), items, defaults)).toMatchObject({
      ok: false,
      code: 'inspection_not_completed',
    });
  });
});

describe('hazardDescription', () => {
  it('uses the note, or names the requirement not met, within the limit', () => {
    expect(hazardDescription({ text: '安全出口畅通' }, ' 东门上锁 ')).toBe('东门上锁');
    expect(hazardDescription({ text: '安全出口畅通' }, '')).toBe('不符合：安全出口畅通');
    expect([...hazardDescription({ text: 'x' }, '𠀀'.repeat(2000))].length).toBe(HAZARD_LIMITS.descriptionLength);
  });
});
