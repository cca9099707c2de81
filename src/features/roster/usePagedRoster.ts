import { computed, shallowRef, watch, type Ref } from 'vue';
import { map, of, startWith } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { peopleQuery, type PeopleFilter } from '@/db/repositories/peopleQuery';
import { rerunOnChanges } from '@/db/rerunOnChanges';
import { useRxQuery } from '@/db/useRxQuery';
import type { PersonDoc } from '@/domain/schemas';
import { headTeachersByClass, sortPeople } from './rosterRows';

/** Rows per page of a list above school level. */
export const ROSTER_PAGE_SIZE = 50;
/** A count above school level walks the whole scope: after writes, at most this often. */
const COUNT_EVERY_MS = 5000;

const asDocs = map((docs: { toJSON(): unknown }[]) => docs.map((d) => d.toJSON() as PersonDoc));

/**
 * A roster list above school level (a township, a county): one page of
 * rows and the total, never the whole scope. A county holds 50,000
 * students; loading them all took seconds after every burst of writes and
 * held them all in memory. Here every filter goes into the database query,
 * which walks the orgPath index in order and stops after the page
 * (`limit`, `skip`), so the first rows cost the same at 500 or 50,000
 * students. Pages follow the orgPath index (school, then class); each page
 * is shown in the usual grade, class, name order.
 *
 * The total is a count query. With the filters of the search form it is
 * not answered by an index (people are indexed by orgPath, [schoolId+kind]
 * and classId), so it reads the scope; it runs beside the page, never
 * before it, and during bursts of writes at most every five seconds (a first sync
 * writes thousands of people a second). Until it answers, `total` is null.
 */
export function usePagedRoster(filter: Ref<PeopleFilter>, enabled: Ref<boolean>) {
  const db = useDatabase();
  const page = shallowRef(1);
  const key = computed(() => (enabled.value ? JSON.stringify(filter.value) : ''));
  // A new filter starts again at the first page.
  watch(key, () => (page.value = 1));

  const { data: pageRows, loading } = useRxQuery(
    () => `${key.value}|${page.value}`,
    () => {
      if (!key.value) return of<PersonDoc[]>([]);
      const query = { ...peopleQuery(filter.value), limit: ROSTER_PAGE_SIZE, skip: (page.value - 1) * ROSTER_PAGE_SIZE };
      return db.people.find(query).$.pipe(asDocs);
    },
    [],
  );
  // The count waits for the page: both read the same index, and the rows matter first.
  let countKey = '';
  const { data: total } = useRxQuery(
    () => (loading.value ? countKey : (countKey = key.value)),
    (value) => {
      if (!value) return of<number | null>(null);
      const count = db.people.count(peopleQuery(filter.value));
      return rerunOnChanges(db.people.$, () => count.exec(), COUNT_EVERY_MS).pipe(startWith(null));
    },
    null as number | null,
  );

  // Only the head teachers of the classes on the page.
  const { data: teachers } = useRxQuery(
    () => (loading.value ? '' : [...new Set(pageRows.value.map((p) => p.classId).filter(Boolean))].sort().join(',')),
    (classIds) =>
      classIds
        ? db.people
            .find({ selector: { kind: 'teacher', classId: { $in: classIds.split(',') }, isHeadTeacher: true, deletedAt: 0 } })
            .$.pipe(asDocs)
        : of<PersonDoc[]>([]),
    [],
  );

  const rows = computed(() => sortPeople(pageRows.value));
  const headTeachers = computed(() => headTeachersByClass(teachers.value));
  /** Every row of the filter, for an export: read only when asked for. */
  const allRows = async (): Promise<PersonDoc[]> =>
    sortPeople((await db.people.find(peopleQuery(filter.value)).exec()).map((d) => d.toJSON() as PersonDoc));
  return { rows, headTeachers, loading, total, page, allRows };
}
