import { classNameOrder } from '@/domain/roster/className';
import { gradeOrder } from '@/domain/roster/grades';
import type { PersonDoc } from '@/domain/schemas';

/** A list row: the person plus what the list shows next to it. */
export interface RosterRow extends PersonDoc {
  /** Students: their class's head teachers; teachers: unused. */
  headTeacherNames: string;
}

/**
 * Order rows by grade, class, then name. Keys are plain strings built once
 * per row (pinyin for names, so 安 sorts before 张), which keeps sorting a
 * 10,000-row school to a few milliseconds; a locale collator per comparison
 * would cost far more.
 */
export function sortRows(people: readonly PersonDoc[], headTeachers: ReadonlyMap<string, string>): RosterRow[] {
  const classOrder = new Map<string, string>();
  const keyed = people.map((p) => {
    let order = classOrder.get(p.className);
    if (order === undefined) {
      order = classNameOrder(p.className);
      classOrder.set(p.className, order);
    }
    const grade = p.grade ? String(gradeOrder(p.grade)).padStart(2, '0') : '99';
    // nameSearch is "张三 zhangsan zs": its second part is the full pinyin.
    const pinyin = p.nameSearch.split(' ')[1] ?? p.nameSearch;
    const row: RosterRow = { ...p, headTeacherNames: headTeachers.get(p.classId) ?? '' };
    return { key: `${grade}|${order}|${pinyin}|${p.name}|${p.id}`, row };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.row);
}

/** classId → names of its head teachers (usually one), from a list of teachers. */
export function headTeachersByClass(teachers: readonly PersonDoc[]): Map<string, string> {
  const names = new Map<string, string[]>();
  for (const t of teachers) {
    if (!t.isHeadTeacher || !t.classId) continue;
    names.set(t.classId, [...(names.get(t.classId) ?? []), t.name]);
  }
  return new Map([...names].map(([classId, list]) => [classId, list.join('、')]));
}
