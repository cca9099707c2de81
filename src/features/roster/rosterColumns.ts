import { TableV2FixedDir, type Column } from 'element-plus';
import type { PersonDoc, PersonKind } from '@/domain/schemas';

/** Column keys the table's cell slot renders specially; the rest show their dataKey. */
export type RosterColumnKey =
  | 'selection'
  | 'name'
  | 'gender'
  | 'grade'
  | 'className'
  | 'idMasked'
  | 'phoneMasked'
  | 'headTeacher'
  | 'review'
  | 'entered'
  | 'actions';

export interface RosterColumn extends Column<PersonDoc> {
  key: RosterColumnKey;
}

/**
 * The roster's columns. Fixed widths that add up to about the width of a
 * 1366 px screen beside the org tree; the name absorbs spare width. The
 * checkbox and name stay fixed on the left so a phone scrolling sideways
 * still sees whose row it is; the actions column is fixed right only on
 * wide screens, where it costs nothing.
 */
export function rosterColumns(kind: PersonKind, narrow: boolean, t: (key: string) => string, locale = 'zh-CN'): RosterColumn[] {
  const student = kind === 'student';
  // English words are longer than the Chinese: Gender, Grade 10, Class 12, Awaiting review.
  const zh = locale.startsWith('zh');
  const w = (chinese: number, english: number) => (zh ? chinese : english);
  const columns: (RosterColumn | false)[] = [
    { key: 'selection', width: 44, fixed: TableV2FixedDir.LEFT, align: 'center' },
    { key: 'name', dataKey: 'name', title: t('roster.field.name'), width: narrow ? 76 : 96, flexGrow: 1, fixed: TableV2FixedDir.LEFT },
    { key: 'gender', title: t('roster.field.gender'), width: w(52, 72) },
    { key: 'grade', title: t(student ? 'roster.field.grade' : 'roster.field.teachingGrade'), width: w(76, student ? 84 : 120) },
    { key: 'className', dataKey: 'className', title: t(student ? 'roster.field.className' : 'roster.field.teachingClass'), width: w(76, student ? 84 : 120) },
    { key: 'idMasked', dataKey: 'idMasked', title: t('roster.field.idNumber'), width: 168 },
    !student && { key: 'phoneMasked', dataKey: 'phoneMasked', title: t('roster.field.phone'), width: 112 },
    { key: 'headTeacher', title: t('roster.field.isHeadTeacher'), width: w(80, 120) },
    { key: 'review', title: t('roster.field.review'), width: w(88, 136) },
    { key: 'entered', title: t('roster.field.entered'), width: 128 },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      ...(narrow ? {} : { fixed: TableV2FixedDir.RIGHT }),
    },
  ];
  return columns.filter((c): c is RosterColumn => c !== false);
}
