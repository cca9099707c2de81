import { computed, type Ref } from 'vue';
import type { MangoQuery } from 'rxdb';
import { map, of } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { peopleQuery, type PeopleFilter } from '@/db/repositories/peopleQuery';
import { rerunOnChanges } from '@/db/rerunOnChanges';
import { useRxQuery } from '@/db/useRxQuery';
import type { GradeCode } from '@/domain/roster/grades';
import type { ReviewStatus } from '@/domain/roster/review';
import type { Gender, PersonDoc, PersonKind } from '@/domain/schemas';
import { personMatcher } from './rosterFilter';
import { headTeachersByClass, sortPeople } from './rosterRows';
import { usePagedRoster } from './usePagedRoster';
import type { RosterScope } from './rosterScope';

/** The search form's fields, as applied by 查询. */
export interface RosterSearch {
  keyword: string;
  grade: GradeCode | '';
  classId: string;
  status: ReviewStatus | '';
  gender: Gender | '';
}

export const EMPTY_SEARCH: RosterSearch = { keyword: '', grade: '', classId: '', status: '', gender: '' };

/** A school's list follows writes at most this often (a first sync writes thousands of people a second). */
const SCHOOL_EVERY_MS = 300;

const asDocs = map((docs: { toJSON(): unknown }[]) => docs.map((d) => d.toJSON() as PersonDoc));

/**
 * The live, sorted rows of a roster list: the tree's scope narrowed by the
 * search form. The database query covers the scope (a subtree, or a class
 * by its index) and the recycle view; the search form and a grade chosen
 * in the tree narrow the loaded rows in memory (rosterFilter.ts), so they
 * never re-read a 10,000-student school. Students also show their class's
 * head teacher, which takes a second (small) query for the teachers in the
 * same scope; it is kept as a map beside the rows rather than copied into
 * 10,000 of them.
 *
 * Above school level (a township, a county: up to 50,000 students) the
 * list is paged instead (usePagedRoster): the filters go into the query,
 * which reads one page, and a count gives the total. `paged` says which.
 */
export function useRosterList(
  kind: Ref<PersonKind>,
  scope: Ref<RosterScope>,
  search: Ref<RosterSearch>,
  deleted: Ref<boolean>,
) {
  const db = useDatabase();
  const paged = computed(() => scope.value.schoolId === null);
  const filter = computed<PeopleFilter>(() => ({
    kind: kind.value,
    scopePath: scope.value.scopePath,
    classId: scope.value.classId,
    deleted: deleted.value,
  }));
  const pagedFilter = computed<PeopleFilter>(() => ({
    ...filter.value,
    grade: search.value.grade || scope.value.grade,
    classId: search.value.classId || scope.value.classId,
    status: search.value.status,
    gender: search.value.gender,
    keyword: search.value.keyword,
  }));
  const pages = usePagedRoster(pagedFilter, paged);
  // Keyed by value: a new scope object with the same query keeps the subscription.
  const { data: people, loading: schoolLoading } = useRxQuery(
    () => (paged.value ? '' : JSON.stringify(filter.value)),
    (key) => {
      if (!key) return of<PersonDoc[]>([]);
      const query = db.people.find(peopleQuery(filter.value));
      return rerunOnChanges(db.people.$, () => query.exec(), SCHOOL_EVERY_MS).pipe(asDocs);
    },
    [],
  );
  const loading = computed(() => (paged.value ? pages.loading.value : schoolLoading.value));

  const teacherQuery = computed(() => {
    if (kind.value !== 'student' || paged.value) return null;
    const query = peopleQuery({ kind: 'teacher', scopePath: scope.value.scopePath });
    // Within a school, the [schoolId, kind] index reads its few dozen teachers
    // instead of every person on the school's orgPath range.
    const schoolId = scope.value.schoolId;
    return schoolId ? { ...query, selector: { ...query.selector, schoolId } } : query;
  });
  // The head teachers wait for the rows: above school level both queries walk
  // the same orgPath range, and the list matters first. Until the rows of a
  // new scope arrive, the previous scope's teachers stay.
  let teacherKey = 'null';
  const { data: teachers } = useRxQuery(
    () => (loading.value ? teacherKey : (teacherKey = JSON.stringify(teacherQuery.value))),
    (key) => {
      const query = JSON.parse(key) as MangoQuery<PersonDoc> | null;
      return query ? db.people.find(query).$.pipe(asDocs) : of<PersonDoc[]>([]);
    },
    [],
  );

  const sorted = computed<PersonDoc[]>(() => sortPeople(people.value));
  const matcher = computed(() =>
    personMatcher({
      grade: search.value.grade || scope.value.grade,
      classId: search.value.classId,
      status: search.value.status,
      gender: search.value.gender,
      keyword: search.value.keyword,
    }),
  );
  // While the database answers a new scope, the rows shown stay those of the
  // previous answer, as they would with the filters in the query: a grade or
  // keyword applied to the previous scope's rows would list, for a moment,
  // people of a school that is no longer selected.
  let shown: PersonDoc[] = [];
  const schoolRows = computed<PersonDoc[]>(() => {
    if (loading.value) return shown;
    const matches = matcher.value;
    shown = matches ? sorted.value.filter(matches) : sorted.value;
    return shown;
  });
  const schoolHeadTeachers = computed(() => headTeachersByClass(teachers.value));
  const rows = computed(() => (paged.value ? pages.rows.value : schoolRows.value));
  const headTeachers = computed(() => (paged.value ? pages.headTeachers.value : schoolHeadTeachers.value));
  /** Everyone the list stands for: a school's rows, or above school level the filter's total (null while counted). */
  const total = computed<number | null>(() => (paged.value ? pages.total.value : schoolRows.value.length));
  /** Every row of the list, also those on other pages (an export). */
  const allRows = (): Promise<PersonDoc[]> => (paged.value ? pages.allRows() : Promise.resolve(schoolRows.value));
  return { rows, headTeachers, loading, paged, page: pages.page, total, allRows };
}
