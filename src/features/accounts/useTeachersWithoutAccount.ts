import { computed, type Ref } from 'vue';
import { combineLatest, map, of } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import type { PersonDoc } from '@/domain/schemas';

/**
 * The live teachers of a school who have no account yet (pickable for a
 * new teacher account), by name. `schoolId` null: nothing is queried.
 */
export function useTeachersWithoutAccount(schoolId: Ref<string | null>) {
  const db = useDatabase();
  const { data } = useRxQuery(
    schoolId,
    (id) => {
      if (!id) return of([] as PersonDoc[]);
      const teachers$ = db.people.find({ selector: { schoolId: id, kind: 'teacher', deletedAt: 0 } }).$;
      const accounts$ = db.accounts.find({ selector: { orgId: id, role: 'teacher' } }).$;
      return combineLatest([teachers$, accounts$]).pipe(
        map(([teachers, accounts]) => {
          const taken = new Set(accounts.map((a) => a.personId));
          return teachers.map((d) => d.toJSON() as PersonDoc).filter((p) => !taken.has(p.id));
        }),
      );
    },
    [] as PersonDoc[],
  );
  return computed(() => [...data.value].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')));
}
