import { computed } from 'vue';
import { map, of } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { useSessionStore } from '@/stores/session';

/**
 * Where the signed-in user's work starts: their own unit (a school, a
 * township, a county …), and for a teacher their own class (the class of
 * their person record), which the tree offers as 我的班级.
 */
export function useHomeUnit() {
  const db = useDatabase();
  const session = useSessionStore();
  const teacherPersonId = computed(() => (session.user?.role === 'teacher' ? session.user.personId : ''));
  const { data: myClassId } = useRxQuery(
    teacherPersonId,
    (id) => (id ? db.people.findOne(id).$.pipe(map((d) => d?.classId ?? '')) : of('')),
    '',
  );
  const homeId = computed(() => myClassId.value || session.user?.orgId || null);
  return { homeId, myClassId };
}
