import { describe, expect, it } from 'vitest';
import { entryProgress, parseEntryTargetBody, schoolCategory, type TargetSchool } from '@/domain/stats';

describe('schoolCategory (from stored fields)', () => {
  it('direct under a province, city or county; urban by code 111/112; rural otherwise', () => {
    expect(schoolCategory({ school: { urbanRural: '220' } }, 'county')).toBe('direct');
    expect(schoolCategory({ school: { urbanRural: '111' } }, 'city')).toBe('direct');
    expect(schoolCategory({ school: { urbanRural: '111' } }, 'township')).toBe('urban');
    expect(schoolCategory({ school: { urbanRural: '112' } }, 'township')).toBe('urban');
    expect(schoolCategory({ school: { urbanRural: '121' } }, 'township')).toBe('rural');
    expect(schoolCategory({ school: { urbanRural: '' } }, 'township')).toBe('rural');
    expect(schoolCategory({}, undefined)).toBe('rural');
  });
});

describe('entryProgress (seed 002: 70 % direct, 50 % urban, 30 % rural)', () => {
  const body = { measure: 'teachers' as const, percent: { direct: 70, urban: 50, rural: 30 } };
  const schools: TargetSchool[] = [
    { id: 'd1', category: 'direct', entered: 12 },
    { id: 'd2', category: 'direct', entered: 0 },
    { id: 'd3', category: 'direct', entered: 3 },
    { id: 'u1', category: 'urban', entered: 5 },
    { id: 'u2', category: 'urban', entered: 0 },
    { id: 'r1', category: 'rural', entered: 0 },
    { id: 'r2', category: 'rural', entered: 0 },
    { id: 'r3', category: 'rural', entered: 0 },
    { id: 'r4', category: 'rural', entered: 1 },
  ];

  it('counts each category against its percentage and lists the schools behind', () => {
    const [direct, urban, rural] = entryProgress(body, schools);
    // 70 % of 3 schools needs 3 (rounded up): 2 entered is short.
    expect(direct).toMatchObject({ schools: 3, entered: 2, needed: 3, met: false, behind: ['d2'] });
    expect(urban).toMatchObject({ schools: 2, entered: 1, needed: 1, met: true, behind: ['u2'] });
    expect(rural).toMatchObject({ schools: 4, entered: 1, needed: 2, met: false, behind: ['r1', 'r2', 'r3'] });
  });

  it('a category without schools is met', () => {
    expect(entryProgress(body, [])[0]).toMatchObject({ schools: 0, needed: 0, met: true });
  });

  it('validates the body', () => {
    expect(parseEntryTargetBody(body).ok).toBe(true);
    expect(parseEntryTargetBody({ ...body, percent: { direct: 101, urban: 0, rural: 0 } }).ok).toBe(false);
    expect(parseEntryTargetBody({ measure: 'desks', percent: body.percent }).ok).toBe(false);
  });
});

describe('entryTrend', () => {
  it('counts records on the roster at each month end, the current month up to now', async () => {
    const { entryTrend, lastMonths } = await import('@/domain/stats');
    const now = Date.parse('2026-03-15T10:00:00+08:00');
    const months = lastMonths(now, 3);
    expect(months).toEqual(['2026-01', '2026-02', '2026-03']);
    const at = (iso: string) => Date.parse(`${iso}T12:00:00+08:00`);
    const people = [
      { kind: 'teacher' as const, createdAt: at('2026-01-10'), deletedAt: 0 },
      { kind: 'student' as const, createdAt: at('2026-02-10'), deletedAt: at('2026-03-01') },
      { kind: 'student' as const, createdAt: at('2026-03-10'), deletedAt: 0 },
      { kind: 'student' as const, createdAt: at('2026-03-20'), deletedAt: 0 }, // after now
    ];
    expect(entryTrend(people, months, now)).toEqual([
      { month: '2026-01', teachers: 1, students: 0 },
      { month: '2026-02', teachers: 1, students: 1 },
      { month: '2026-03', teachers: 1, students: 1 },
    ]);
  });
});
