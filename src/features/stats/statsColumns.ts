import { rate, type Ratio, type UnitFigures } from '@/domain/stats';

/**
 * The columns of the statistics table, shared by the screen and the Excel
 * export so both always show the same figures. A value is a count, a rate
 * (0..1) or null for absent (暂无).
 */
export interface StatsRow {
  id: string;
  name: string;
  /** A child that can be opened (a region or a school; classes are the last level). */
  drillable: boolean;
  total: boolean;
  figures: UnitFigures;
}

export interface StatsColumn {
  key: string;
  group: 'units' | 'accounts' | 'roster' | 'education' | 'drills' | 'hazards' | 'accidents';
  /** i18n key under stats.col. */
  label: string;
  kind: 'count' | 'rate';
  value: (f: UnitFigures) => number | null;
}

const ratioOf = (pick: (f: UnitFigures) => Ratio | null) => (f: UnitFigures) => rate(pick(f));
const rosterSum = (status: keyof UnitFigures['roster']['teacher']) => (f: UnitFigures) => f.roster.teacher[status] + f.roster.student[status];

export const STATS_COLUMNS: StatsColumn[] = [
  { key: 'schools', group: 'units', label: 'schools', kind: 'count', value: (f) => f.units.schools },
  { key: 'classes', group: 'units', label: 'classes', kind: 'count', value: (f) => f.units.classes },
  { key: 'teachers', group: 'units', label: 'teachers', kind: 'count', value: (f) => f.units.teachers },
  { key: 'students', group: 'units', label: 'students', kind: 'count', value: (f) => f.units.students },
  { key: 'accSchool', group: 'accounts', label: 'accSchool', kind: 'rate', value: ratioOf((f) => f.accounts.school) },
  { key: 'accClass', group: 'accounts', label: 'accClass', kind: 'rate', value: ratioOf((f) => f.accounts.class) },
  { key: 'accTeacher', group: 'accounts', label: 'accTeacher', kind: 'rate', value: ratioOf((f) => f.accounts.teacher) },
  { key: 'accStudent', group: 'accounts', label: 'accStudent', kind: 'rate', value: ratioOf((f) => f.accounts.student) },
  { key: 'draft', group: 'roster', label: 'draft', kind: 'count', value: rosterSum('draft') },
  { key: 'pending', group: 'roster', label: 'pending', kind: 'count', value: rosterSum('pending') },
  { key: 'approved', group: 'roster', label: 'approved', kind: 'count', value: rosterSum('approved') },
  { key: 'returned', group: 'roster', label: 'returned', kind: 'count', value: rosterSum('returned') },
  { key: 'lessons', group: 'education', label: 'lessons', kind: 'rate', value: ratioOf((f) => f.lessons) },
  { key: 'acks', group: 'education', label: 'acks', kind: 'rate', value: ratioOf((f) => f.acknowledgements) },
  { key: 'drillsMet', group: 'drills', label: 'drillsMet', kind: 'count', value: (f) => f.drills?.lastMonthMet ?? null },
  { key: 'drillsMissing', group: 'drills', label: 'drillsMissing', kind: 'count', value: (f) => f.drills?.lastMonthMissing ?? null },
  { key: 'drillsThisMonth', group: 'drills', label: 'drillsThisMonth', kind: 'count', value: (f) => f.drills?.thisMonthMet ?? null },
  { key: 'open', group: 'hazards', label: 'open', kind: 'count', value: (f) => f.hazards?.open ?? null },
  { key: 'overdue', group: 'hazards', label: 'overdue', kind: 'count', value: (f) => f.hazards?.overdue ?? null },
  { key: 'closed', group: 'hazards', label: 'closed', kind: 'count', value: (f) => f.hazards?.closed ?? null },
  { key: 'rectification', group: 'hazards', label: 'rectification', kind: 'rate', value: ratioOf((f) => f.hazards?.rectification ?? null) },
  { key: 'accidents', group: 'accidents', label: 'accidents', kind: 'count', value: (f) => f.accidents?.total ?? null },
];

export const COLUMN_GROUPS = [...new Set(STATS_COLUMNS.map((c) => c.group))];

/** "83.3%" for a rate, the number for a count, `absent` for null. */
export function formatCell(column: Pick<StatsColumn, 'kind'>, value: number | null, absent: string): string {
  if (value === null) return absent;
  return column.kind === 'rate' ? `${(value * 100).toFixed(1)}%` : String(value);
}
