import type { MangoQuery, MangoQuerySelector } from 'rxdb';
import { startingWith } from '../selectors';
import { normalizeCompact } from '@/domain/roster/normalizeText';
import type { GradeCode } from '@/domain/roster/grades';
import type { ReviewStatus } from '@/domain/roster/review';
import type { Gender, PersonDoc, PersonKind } from '@/domain/schemas';

/** What the roster list filters by: the tree selection plus the search form. */
export interface PeopleFilter {
  kind: PersonKind;
  /** Org subtree ("/41/4115/…/"): everyone whose orgPath starts with it. */
  scopePath: string;
  grade?: GradeCode | '';
  /** A class: its students, and the teachers who teach or head it. */
  classId?: string;
  status?: ReviewStatus | '';
  gender?: Gender | '';
  /** Deleted records only (the recycle view) instead of live ones. */
  deleted?: boolean;
  /** Name, full pinyin or initials: zhang, zs, 张. */
  keyword?: string;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Mango query behind the roster list. The subtree is an indexed range
 * on orgPath — every path under a prefix sorts between the prefix and the
 * prefix followed by U+FFFF — and a class is an indexed equality on
 * classId, so a 10,000-student school is never scanned in full for one
 * class. Sorted along the orgPath index (ascending only: Dexie has no
 * descending indexes); the view orders by grade, class and name itself.
 */
export function peopleQuery(filter: PeopleFilter): MangoQuery<PersonDoc> {
  const selector: MangoQuerySelector<PersonDoc> = {
    kind: filter.kind,
    orgPath: startingWith(filter.scopePath),
    deletedAt: filter.deleted ? { $gt: 0 } : 0,
  };
  if (filter.classId) selector.classId = filter.classId;
  if (filter.grade) selector.grade = filter.grade;
  if (filter.status) selector['review.status'] = filter.status;
  if (filter.gender) selector.gender = filter.gender;
  const keyword = normalizeCompact(filter.keyword ?? '').toLowerCase();
  // nameSearch holds "张三 zhangsan zs", so a substring covers all three ways.
  if (keyword) selector.nameSearch = { $regex: escapeRegex(keyword) };
  return { selector, sort: [{ orgPath: 'asc' }, { id: 'asc' }] };
}
