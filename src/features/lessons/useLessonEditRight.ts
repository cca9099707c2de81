import { computed, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { isLessonAuthorUnit, roleMayPublish } from '@/domain/activities/writeRules';
import type { ContentDoc } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';
import { useMyClass } from './useTeacherClass';

/**
 * Whether the signed-in user may edit the stored lesson `id` (built-in
 * lessons are never stored): the server's own rule, its author unit with a
 * role that writes lessons.
 */
export function useLessonEditRight(id: Ref<string>) {
  const db = useDatabase();
  const session = useSessionStore();
  const { klass } = useMyClass();
  const { data } = useRxQuery(id, (lessonId) => db.content.findOne(lessonId || '-').$, null);
  const stored = computed(() => (data.value ? (data.value.toJSON() as ContentDoc) : null));
  const mayEdit = computed(() => {
    const user = session.user;
    const doc = stored.value;
    if (!user || !doc || doc.kind !== 'lesson' || !roleMayPublish(user, 'lesson').ok) return false;
    return isLessonAuthorUnit(user, doc.orgPath, klass.value?.orgPath ?? '');
  });
  return { stored, mayEdit };
}
