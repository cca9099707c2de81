import { computed, type Ref } from 'vue';
import { map, of } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { peopleQuery, type PeopleFilter } from '@/db/repositories/peopleQuery';
import { useRxQuery } from '@/db/useRxQuery';
import type { GradeCode } from '@/domain/roster/grades';
import type { ReviewStatus } from '@/domain/roster/review';
import type { Gender, PersonDoc, PersonKind } from '@/domain/schemas';
import { headTeachersByClass, sortPeople } from './rosterRows';
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

const asDocs = map((docs: { toJSON(): unknown }[]) => docs.map((d) => d.toJSON() as PersonDoc));

/**
 * The live, sorted rows of a roster list: the tree's scope narrowed by the
 * search form. Students also show their class's head teacher, which takes
 * a second (small) query for the teachers in the same scope; it is kept
 * as a map beside the rows rather than copied into 10,000 of them.
 */
export function useRosterList(
  kind: Ref<PersonKind>,
  scope: Ref<RosterScope>,
  search: Ref<RosterSearch>,
  deleted: Ref<boolean>,
) {
  const db = useDatabase();
  const filter = computed<PeopleFilter>(() => ({
    kind: kind.value,
    scopePath: scope.value.scopePath,
    grade: search.value.grade || scope.value.grade,
    classId: search.value.classId || scope.value.classId,
    status: search.value.status,
    gender: search.value.gender,
    keyword: search.value.keyword,
    deleted: deleted.value,
  }));
  const { data: people, loading } = useRxQuery(filter, (f) => db.people.find(peopleQuery(f)).$.pipe(asDocs), []);

  const teacherFilter = computed<PeopleFilter | null>(() =>
    kind.value === 'student' ? { kind: 'teacher', scopePath: scope.value.scopePath } : null,
  );
  const { data: teachers } = useRxQuery(
    teacherFilter,
    (f) => (f ? db.people.find(peopleQuery(f)).$.pipe(asDocs) : of<PersonDoc[]>([])),
    [],
  );

  const rows = computed<PersonDoc[]>(() => sortPeople(people.value));
  const headTeachers = computed(() => headTeachersByClass(teachers.value));
  return { rows, headTeachers, loading };
}
