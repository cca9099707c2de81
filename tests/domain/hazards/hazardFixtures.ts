import type { HazardActor, HazardDraft, HazardState } from '@/domain/hazards';
import { registerHazard } from '@/domain/hazards';
import { DAY, photo, T0 } from './fixtures';

export const inspector: HazardActor = { id: 'acc-teacher', role: 'teacher', personId: 'p-teacher' };
export const rectifier: HazardActor = { id: 'acc-worker', role: 'teacher', personId: 'p-worker' };
export const leader: HazardActor = { id: 'acc-leader', role: 'safety_leader', personId: 'p-leader' };
export const schoolAdmin: HazardActor = { id: 'acc-admin', role: 'school_admin', personId: '' };
export const township: HazardActor = { id: 'acc-town', role: 'township_admin' };
export const county: HazardActor = { id: 'acc-county', role: 'county_admin' };

export function draft(overrides: Partial<HazardDraft> = {}): HazardDraft {
  return {
    schoolId: 'school-1',
    inspectionId: 'inspection-1',
    itemId: 'fire.exits-clear',
    category: 'fire',
    level: 'major',
    place: '教学楼三楼东侧',
    description: '东侧安全出口上锁',
    photos: [photo(1)],
    foundAt: T0,
    responsibleId: 'p-worker',
    responsibleName: '王强',
    deadline: T0 + 30 * DAY,
    ...overrides,
  };
}

export function registered(overrides: Partial<HazardDraft> = {}): HazardState {
  const result = registerHazard(draft(overrides), inspector, { at: T0 });
  if (!result.ok) throw new Error(result.reason);
  return result.hazard;
}
