import { normalizeCompact } from '@/domain/roster/normalizeText';
import type { GradeCode } from '@/domain/roster/grades';
import type { ReviewStatus } from '@/domain/roster/review';
import type { Gender, PersonDoc } from '@/domain/schemas';

/** What narrows a loaded roster list in memory: the search form, and a grade chosen in the tree. */
export interface RosterNarrowing {
  grade: GradeCode | '';
  classId: string;
  status: ReviewStatus | '';
  gender: Gender | '';
  keyword: string;
}

/**
 * The test a person must pass, or null when nothing narrows the list.
 * The same rules as peopleQuery's selector (src/db/repositories), run on
 * the rows already loaded for the tree's scope: a keyword typed into the
 * search form, or a grade picked in the tree, filters a 10,000-student
 * school in a few milliseconds, where a new database query would walk the
 * school's whole orgPath range again (RxDB's Dexie storage reads it with
 * one cursor step per document: about 0.6–0.8 s here).
 */
export function personMatcher(n: RosterNarrowing): ((person: PersonDoc) => boolean) | null {
  // nameSearch holds "张三 zhangsan zs": a substring covers name, pinyin and initials.
  const keyword = normalizeCompact(n.keyword).toLowerCase();
  if (!n.grade && !n.classId && !n.status && !n.gender && !keyword) return null;
  return (p) =>
    (!n.grade || p.grade === n.grade) &&
    (!n.classId || p.classId === n.classId) &&
    (!n.status || p.review.status === n.status) &&
    (!n.gender || p.gender === n.gender) &&
    (!keyword || p.nameSearch.includes(keyword));
}
