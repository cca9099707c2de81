import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import type { OrgDoc, PersonDoc } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';

/**
 * The class whose lessons the signed-in user runs: a teacher's own class
 * (their person record's class, the server's rule too) or the class a
 * classroom computer is bound to.
 */
export function useMyClass() {
  const session = useSessionStore();
  const db = useDatabase();
  const { data: person } = useRxQuery(
    () => session.user?.personId ?? '',
    (id) => db.people.findOne(id || '-').$,
    null,
  );
  const classId = computed(() => {
    const user = session.user;
    if (user?.role === 'classroom' || user?.role === 'student') return user.orgId;
    const p = person.value?.toJSON() as PersonDoc | undefined;
    return user?.role === 'teacher' && p ? p.classId : '';
  });
  const { data: unit } = useRxQuery(classId, (id) => db.orgs.findOne(id || '-').$, null);
  const klass = computed(() => (unit.value ? (unit.value.toJSON() as OrgDoc) : null));
  return { klass };
}

/** The live students of a class, by name. */
export function useClassStudents(classId: () => string) {
  const db = useDatabase();
  const { data } = useRxQuery(classId, (id) => db.people.find({ selector: { classId: id || '-', kind: 'student', deletedAt: 0 } }).$, []);
  const collator = new Intl.Collator('zh-CN');
  return computed(() => data.value.map((d) => d.toJSON() as PersonDoc).sort((a, b) => collator.compare(a.name, b.name)));
}
