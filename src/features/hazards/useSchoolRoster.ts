import { computed, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import type { PersonDoc, PersonKind } from '@/domain/schemas';

/** One person to pick: roster id, name, and what tells namesakes apart (a student's class). */
export interface RosterChoice {
  id: string;
  name: string;
  detail: string;
}

type Searchable = RosterChoice & { search: string };

/** How many matches a picker lists: a school has up to a few thousand students. */
const SHOWN = 30;

/**
 * A school's live roster of one kind (indexed on schoolId + kind), and a
 * search over names and their pinyin for pickers (an injured student, a
 * hazard's responsible teacher).
 */
export function useSchoolRoster(schoolId: Ref<string>, kind: PersonKind) {
  const db = useDatabase();
  const { data } = useRxQuery(schoolId, (id) => db.people.find({ selector: { schoolId: id || '-', kind, deletedAt: 0 } }).$, []);
  const people = computed<Searchable[]>(() =>
    data.value.map((d) => {
      const p = d.toJSON() as PersonDoc;
      return { id: p.id, name: p.name, detail: p.className, search: `${p.name} ${p.nameSearch}`.toLowerCase() };
    }),
  );
  const byId = computed(() => new Map(people.value.map((p) => [p.id, p])));
  function search(query: string): RosterChoice[] {
    const q = query.trim().toLowerCase();
    return (q ? people.value.filter((p) => p.search.includes(q)) : people.value).slice(0, SHOWN);
  }
  return { people, byId, search };
}
