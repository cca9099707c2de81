import { describe, expect, it } from 'vitest';
import { activeIndex, navigationFor } from '@/app/navigation';
import type { Principal } from '@/domain/auth/principal';
import type { Role } from '@/domain/auth/roles';

const user = (role: Role): Principal => ({ id: `u-${role}`, role, orgId: 'u', orgPath: '/41/', personId: '' });
const pages = (role: Role) => navigationFor(user(role)).flatMap((e) => e.links.map((l) => l.index));

describe('navigation', () => {
  it('fits a county administrator’s pages in a few top-level entries, every page reachable', () => {
    const entries = navigationFor(user('county_admin'));
    expect(entries.length).toBeLessThanOrEqual(7);
    expect(pages('county_admin')).toEqual(
      expect.arrayContaining(['/lessons', '/activities', '/roster/students', '/review', '/import', '/hazards', '/accidents', '/stats', '/accounts', '/conflicts', '/settings']),
    );
  });

  it('gives a classroom computer and a student their lessons only', () => {
    expect(pages('classroom')).toEqual(['/class-device']);
    expect(pages('student')).toEqual(['/my-lessons', '/lessons', '/settings']);
  });

  it('puts each role’s own home first and keeps administration pages from teachers', () => {
    expect(pages('teacher')[0]).toBe('/today');
    expect(pages('safety_leader')[0]).toBe('/safety');
    expect(pages('teacher')).not.toEqual(expect.arrayContaining(['/accounts']));
    expect(pages('teacher')).not.toContain('/accidents');
  });

  it('marks the page a path belongs to, the longest match winning', () => {
    const entries = navigationFor(user('school_admin'));
    expect(activeIndex(entries, '/roster/teachers')).toBe('/roster/teachers');
    expect(activeIndex(entries, '/hazards/hz-1')).toBe('/hazards');
    expect(activeIndex(entries, '/people/p-1')).toBe('/people/p-1');
  });
});
