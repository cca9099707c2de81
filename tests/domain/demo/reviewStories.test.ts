import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '@/domain/demo/demoDataset';
import { withReviewStories } from '@/domain/demo/reviewStories';

describe('withReviewStories', () => {
  it('has the township enter five of a school’s students: three wait for the school, two are returned with a reason', async () => {
    const { people, orgs } = generateDemoDataset({ now: 1000, studentsPerClass: 3 });
    const school = orgs.find((o) => o.kind === 'school');
    if (!school) throw new Error('no school');
    const cast = { schoolId: school.id, entrant: 'acc-town', reviewer: 'acc-school', now: 2000 };
    const told = withReviewStories(people, cast).filter((p) => p.enteredBy === 'acc-town');
    expect(told).toHaveLength(5);
    expect(told.every((p) => p.schoolId === school.id && p.kind === 'student')).toBe(true);
    expect(told.map((p) => p.review.status)).toEqual(['pending', 'pending', 'pending', 'returned', 'returned']);
    expect(told.filter((p) => p.review.status === 'returned').every((p) => p.review.reason && p.review.by === 'acc-school')).toBe(true);
    expect(withReviewStories(people, cast)).toHaveLength(people.length);
  });
});
